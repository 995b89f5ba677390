import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { agreements, contacts, dpaTemplateVersions, memberships, organisations, phoneNumbers, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { normalizePhone } from '@/lib/phone/normalize-phone';
import { supportLevel } from './support-level';

export type LookupKey = { phone?: string; customerNumber?: string; email?: string };

/** The organisation ids a phone number (any format), customer number or e-mail identifies exactly. */
async function findOrgIds(ctx: Ctx<Actor>, key: LookupKey): Promise<string[]> {
  const { db } = ctx;
  if (key.phone) {
    const e164 = normalizePhone(key.phone);
    if (!e164) return [];
    const rows = await db.selectDistinct({ id: phoneNumbers.orgId }).from(phoneNumbers).where(eq(phoneNumbers.normalized, e164));
    return rows.map((r) => r.id);
  }
  if (key.customerNumber) {
    const rows = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(sql`lower(${organisations.customerNumber})`, key.customerNumber.trim().toLowerCase()));
    return rows.map((r) => r.id);
  }
  if (key.email) {
    const email = key.email.trim().toLowerCase();
    const rows = await db.execute<{ id: string }>(sql`
      select ${contacts.orgId} as id from ${contacts} where lower(${contacts.email}) = ${email}
      union
      select ${memberships.orgId} from ${memberships} join ${users} on ${users.id} = ${memberships.userId} where lower(${users.email}) = ${email}`);
    const list = (rows as unknown as { rows?: { id: string }[] }).rows ?? (rows as unknown as { id: string }[]);
    return list.map((r) => r.id);
  }
  return [];
}

/**
 * For the ticket and phone systems: the organisation(s) a key identifies, each with its support
 * level, allowed actions (supportLevel()) and agreement. Usually one; a shared number can give more.
 */
export async function lookupCustomer(ctx: Ctx<Actor>, key: LookupKey) {
  assertCan(ctx, 'support.search');
  const ids = (await findOrgIds(ctx, key)).slice(0, 10);
  const results = [];
  for (const id of ids) {
    // Sent at once: in parallel on the pool (a read-only API call), or in one round trip inside a
    // transaction. An archived organisation drops its decision.
    const [[org], decision] = await Promise.all([
      ctx.db
        .select({
          id: organisations.id,
          customerNumber: organisations.customerNumber,
          legalName: organisations.legalName,
          agreementId: agreements.id,
          agreementVersion: dpaTemplateVersions.version,
          signedAt: agreements.signedAt,
        })
        .from(organisations)
        .leftJoin(agreements, and(eq(agreements.orgId, organisations.id), eq(agreements.status, 'active')))
        .leftJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
        // Archived organisations are former customers: not identified (decision 0064).
        .where(and(eq(organisations.id, id), isNull(organisations.archivedAt)))
        .limit(1),
      supportLevel(ctx, id),
    ]);
    if (!org) continue;
    results.push({
      organisation: { id: org.id, customerNumber: org.customerNumber, legalName: org.legalName },
      supportLevel: decision.level,
      reason: decision.reason,
      actions: decision.actions,
      agreement: org.agreementId ? { id: org.agreementId, version: org.agreementVersion!, signedAt: org.signedAt!.toISOString() } : null,
    });
  }
  return results;
}
