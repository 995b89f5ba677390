import 'server-only';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { preparedStatement } from '@/db/prepared';
import { auditPlaceholderInsert } from '@/lib/audit/write-audit-event';
import { agreements, contacts, dpaTemplateVersions, memberships, organisations, phoneNumbers, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { normalizePhone } from '@/lib/phone/normalize-phone';
import { decideSupportLevel } from './decide-support-level';
import { supportFactsFrom, supportFactsJson } from './support-level';

export type LookupKey = { phone?: string; customerNumber?: string; email?: string };

/** At most this many organisations per key (a shared switchboard number can name several). */
const LOOKUP_LIMIT = 10;

const key = sql.placeholder('key');

/**
 * The organisations a key identifies, each with its agreement and supportLevel()'s facts, in one
 * statement (issue 14: it was one to find the ids and three per organisation), which also queues
 * the lookup's audit event (a data-modifying `with`; decision 0152): the call's only write commits
 * with it, no statement of its own. Archived organisations are former customers and not identified
 * (decision 0064). Prepared once per key kind (db/prepared.ts): the phone system asks on every call.
 */
function lookupStatement(name: string, identifies: SQL) {
  return preparedStatement((db) =>
    db
      .with(db.$with('audit', {}).as(auditPlaceholderInsert))
      .select({
        id: organisations.id,
        customerNumber: organisations.customerNumber,
        legalName: organisations.legalName,
        agreementId: agreements.id,
        agreementVersion: dpaTemplateVersions.version,
        signedAt: agreements.signedAt,
        facts: supportFactsJson(organisations.id),
      })
      .from(organisations)
      .leftJoin(agreements, and(eq(agreements.orgId, organisations.id), eq(agreements.status, 'active')))
      .leftJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
      .where(and(identifies, isNull(organisations.archivedAt)))
      .orderBy(sql`${organisations.legalName} collate german`, organisations.id)
      .limit(LOOKUP_LIMIT)
      .prepare(name),
  );
}

const byPhone = lookupStatement(
  'support_lookup_phone',
  sql`${organisations.id} in (select p.org_id from ${phoneNumbers} p where p.normalized = ${key})`,
);
const byCustomerNumber = lookupStatement('support_lookup_customer_number', sql`lower(${organisations.customerNumber}) = ${key}`);
const byEmail = lookupStatement(
  'support_lookup_email',
  sql`${organisations.id} in (select c.org_id from ${contacts} c where lower(c.email) = ${key}
    union select m.org_id from ${memberships} m join ${users} u on u.id = m.user_id where lower(u.email) = ${key})`,
);

function statementFor(key: LookupKey) {
  if (key.phone) {
    const e164 = normalizePhone(key.phone);
    return e164 ? { statement: byPhone, by: 'phone', key: e164 } : null;
  }
  if (key.customerNumber) return { statement: byCustomerNumber, by: 'customerNumber', key: key.customerNumber.trim().toLowerCase() };
  if (key.email) return { statement: byEmail, by: 'email', key: key.email.trim().toLowerCase() };
  return null;
}

/**
 * For the ticket and phone systems: the organisation(s) a key (a phone number in any format, a
 * customer number or an e-mail address) identifies exactly, each with its support level, allowed
 * actions (the same decision as supportLevel()) and agreement. Usually one; a shared number can
 * give more. Audited as `support.lookup` with the kind of key (not the key: a phone number or
 * address is personal data the log need not hold); a key that cannot identify anyone (a phone
 * number that does not parse) sends no statement and writes no event of its own.
 */
export async function lookupCustomer(ctx: Ctx<Actor>, key: LookupKey) {
  assertCan(ctx, 'support.search');
  const lookup = statementFor(key);
  if (!lookup) return [];
  const event = ctx.auditValues({ action: 'support.lookup', details: { by: lookup.by } });
  const rows = await lookup.statement(ctx.db).execute({ key: lookup.key, ...event });
  return rows.map((org) => {
    const decision = decideSupportLevel(supportFactsFrom(org.facts));
    return {
      organisation: { id: org.id, customerNumber: org.customerNumber, legalName: org.legalName },
      supportLevel: decision.level,
      reason: decision.reason,
      actions: decision.actions,
      agreement: org.agreementId ? { id: org.agreementId, version: org.agreementVersion!, signedAt: org.signedAt!.toISOString() } : null,
    };
  });
}
