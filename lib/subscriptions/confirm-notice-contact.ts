import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { contacts, organisations } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { sha256Hex } from './secret-token';

/** A confirmation link is good for a week after the contact was added. */
export const CONFIRM_VALID_MS = 7 * 24 * 3_600_000;

/**
 * The contact follows the link and presses the button (a POST: mail scanners that fetch links must
 * not confirm anyone). The token is single use: its hash is cleared on confirmation.
 */
export async function confirmNoticeContact(ctx: Ctx<UserActor | null>, { token }: { token: string }) {
  const { db: tx, request: meta } = ctx;
  const [contact] = await tx
    .update(contacts)
    .set({ confirmedAt: new Date(), confirmTokenHash: null })
    .where(
      and(
        eq(contacts.confirmTokenHash, sha256Hex(token)),
        eq(contacts.kind, 'notice'),
        isNull(contacts.confirmedAt),
        gt(contacts.createdAt, new Date(Date.now() - CONFIRM_VALID_MS)),
      ),
    )
    .returning({ id: contacts.id, orgId: contacts.orgId, email: contacts.email });
  if (!contact) throw new AppError('NOT_FOUND', 'subscriptions.confirm.invalid');
  const [org] = await tx.select({ legalName: organisations.legalName }).from(organisations).where(eq(organisations.id, contact.orgId));
  await writeAuditEvent(
    tx as Tx,
    { userId: null, role: 'notice_contact', ...meta },
    { action: 'subscriptions.contact.confirm', orgId: contact.orgId, targetType: 'contact', targetId: contact.id, details: { email: contact.email } },
  );
  return { email: contact.email, orgName: org?.legalName ?? '' };
}
