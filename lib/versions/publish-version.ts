import 'server-only';
import { eq } from 'drizzle-orm';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/translate';
import { descriptorOf } from './kinds';
import { loadVersion } from './load-version';
import { queueSignatoryMails, queueVersionWebhooks } from './queue-signatory-mails';
import type { VersionDescriptor, VersionRow } from './version-descriptor';
import type { Confirmation, PublishInput } from './version-input';

const confirmationMessage: Record<Confirmation, MessageKey> = {
  confirmIrreversible: 'versions.error.confirmIrreversible',
  protectionNotLowered: 'versions.error.confirmProtection',
};

/** Nothing is read before the publisher has ticked every confirmation the kind asks for. */
function assertConfirmed(kind: VersionDescriptor, input: PublishInput) {
  const missing = kind.confirmations.filter((confirmation) => !input[confirmation]);
  if (missing.length === 0) return;
  const message = kind.confirmations.length === 1 ? confirmationMessage[kind.confirmations[0]!] : 'versions.error.confirmations';
  throw new AppError('VALIDATION', message, Object.fromEntries(missing.map((c) => [c, [confirmationMessage[c]]])));
}

/** What blocks publishing: the kind's own content rules, then the change summary customers read. */
function assertPublishable(kind: VersionDescriptor, row: VersionRow) {
  const problems = kind.contentProblems(row);
  const fieldErrors = { ...problems?.fieldErrors };
  if (!row.changeSummary?.de.trim()) fieldErrors.changeSummaryDe = ['versions.error.summaryRequired'];
  if (!row.changeSummary?.en.trim()) fieldErrors.changeSummaryEn = ['versions.error.summaryRequired'];
  if (Object.keys(fieldErrors).length > 0) throw new AppError('VALIDATION', problems?.message ?? 'versions.error.incomplete', fieldErrors);
}

/**
 * Publishes a draft: from now on its text is evidence and never changes (the database trigger of
 * migration 0001 refuses any later UPDATE). In the same transaction the kind's announcement is
 * queued to every signatory it concerns, so the mails exist exactly when the version does.
 */
export async function publishVersion(ctx: Ctx, input: PublishInput) {
  assertCan(ctx, 'versions.manage');
  const kind = descriptorOf(input.kind);
  assertConfirmed(kind, input);
  const row = await loadVersion(ctx, kind, input.id, { forUpdate: true });
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status === 'published') throw new AppError('CONFLICT', 'versions.error.published');
  assertPublishable(kind, row);

  const contentSha256 = kind.hash(row);
  await ctx.db
    .update(kind.table)
    .set({ ...kind.onPublish, status: 'published', contentSha256, publishedAt: ctx.now, publishedBy: ctx.actor.userId, updatedAt: ctx.now })
    .where(eq(kind.table.id, row.id));

  const { recipients, mail, customerPath } = kind.announce;
  const notified = await queueSignatoryMails(ctx, {
    orgs: recipients(row),
    template: mail,
    params: (org) => ({ orgName: org.legalName, version: row.version, url: org.url(`/${customerPath}`) }),
  });

  const webhookDeliveries = await queueVersionWebhooks(ctx, {
    orgs: recipients(row),
    event: `${kind.auditPrefix}.published`,
    payload: (org) => ({
      event: `${kind.auditPrefix}.published`,
      version: row.version,
      contentSha256,
      publishedAt: ctx.now.toISOString(),
      url: org.url(`/${customerPath}`),
    }),
  });

  await ctx.audit({
    action: `${kind.auditPrefix}.published`,
    targetType: kind.targetType,
    targetId: row.id,
    details: { version: row.version, contentSha256, ...kind.onPublish, notifiedSignatories: notified, webhookDeliveries },
  });
  return { id: row.id, version: row.version, contentSha256, notified };
}
