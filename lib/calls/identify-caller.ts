import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { preparedStatement } from '@/db/prepared';
import { callListEntries, changeNotices, contacts, notices, objections, organisations, phoneNumbers } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { TokenActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { normalizePhone } from '@/lib/phone/normalize-phone';
import { decideSupportLevel } from '@/lib/support/decide-support-level';
import { serviceContractSql, supportFactsFrom, supportFactsJson } from '@/lib/support/support-level';
import { hmacNumber } from './hmac-number';

export const identifyQuery = z.object({
  number: z.string().min(3).max(40).describe('The caller number as the phone system delivers it, any format'),
  callId: z.string().min(1).max(100).optional().describe("The phone system's id of the call, to anonymise its entries later"),
});

/**
 * Caller identification for the phone system: normalises the number, answers the organisation, the
 * contact person the number belongs to, service-contract priority, support level and open items -
 * or `known: false` - and writes a call-list entry holding only an HMAC of the number, audited.
 *
 * Two statements and no transaction (decision 0145): the caller with everything the answer needs,
 * then the entry and its audit event in one insert, which commit together. The phone system asks
 * on every call; a transaction would add BEGIN and COMMIT, and a third statement, for no atomicity
 * the one insert does not have already.
 */
export async function identifyCaller(ctx: Ctx<TokenActor>, input: z.output<typeof identifyQuery>) {
  assertCan(ctx, 'calls.identify');
  const e164 = normalizePhone(input.number);
  if (!e164) throw new AppError('VALIDATION', undefined, { number: ['Not a phone number.'] });

  const [match] = await callerStatement(ctx.db).execute({ number: e164 });

  const entryId = randomUUID();
  await ctx.db.execute(sql`with entry as (
      insert into ${callListEntries} (id, call_id, number_hmac, org_id, contact_id, service_contract, created_at)
      values (${entryId}::uuid, ${input.callId ?? null}::text, ${hmacNumber(e164)}::text, ${match?.orgId ?? null}::uuid,
        ${match?.contactId ?? null}::uuid, ${match ? Boolean(match.serviceContract) : null}::boolean, ${ctx.now.toISOString()}::timestamptz)
    )
    ${ctx.auditStatement({ action: 'calls.identified', orgId: match?.orgId ?? null, targetType: 'call_list_entry', targetId: entryId })}`);
  if (!match) return { known: false as const };

  const decision = decideSupportLevel(supportFactsFrom(match.facts));
  return {
    known: true as const,
    organisation: { id: match.orgId, customerNumber: match.customerNumber, legalName: match.legalName },
    contact: match.contactId ? { id: match.contactId, name: match.contactName } : null,
    serviceContract: Boolean(match.serviceContract),
    supportLevel: decision.level,
    allowedActions: decision.actions.filter((a) => a.allowed).map((a) => a.action),
    openItems: { changeNotices: Number(match.openNotices), objections: Number(match.openObjections) },
  };
}

/**
 * The organisation and contact a number belongs to, with everything the answer needs: service
 * contract, supportLevel()'s facts, and the open change notices and objections, in one statement
 * (issue 14: it was five). Prepared once (db/prepared.ts): the phone system asks on every call.
 */
const callerStatement = preparedStatement((db) =>
  db
    .select({
      orgId: organisations.id,
      customerNumber: organisations.customerNumber,
      legalName: organisations.legalName,
      contactId: phoneNumbers.contactId,
      contactName: contacts.name,
      serviceContract: serviceContractSql,
      facts: supportFactsJson(organisations.id),
      openNotices: sql<number>`(select count(*)::int from ${notices} n join ${changeNotices} cn on cn.id = n.change_notice_id
        where n.org_id = ${organisations.id} and cn.status = 'announced')`,
      openObjections: sql<number>`(select count(*)::int from ${objections} ob where ob.org_id = ${organisations.id} and ob.status = 'open')`,
    })
    .from(phoneNumbers)
    // An archived organisation's number is unknown: a former customer gets no support (decision 0064).
    .innerJoin(organisations, and(eq(organisations.id, phoneNumbers.orgId), isNull(organisations.archivedAt)))
    .leftJoin(contacts, and(eq(contacts.id, phoneNumbers.contactId), eq(contacts.orgId, phoneNumbers.orgId)))
    .where(eq(phoneNumbers.normalized, sql.placeholder('number')))
    // A contact's own line identifies more than the switchboard.
    .orderBy(sql`${phoneNumbers.contactId} is null`)
    .limit(1)
    .prepare('identify_caller'),
);
