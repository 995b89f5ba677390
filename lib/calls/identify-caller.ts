import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { callListEntries, changeNotices, contacts, notices, objections, organisations, phoneNumbers } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { TokenActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { normalizePhone } from '@/lib/phone/normalize-phone';
import { supportLevel } from '@/lib/support/support-level';
import { serviceContractSql } from '@/lib/support/support-level';
import { hmacNumber } from './hmac-number';

export const identifyQuery = z.object({
  number: z.string().min(3).max(40).describe('The caller number as the phone system delivers it, any format'),
  callId: z.string().min(1).max(100).optional().describe("The phone system's id of the call, to anonymise its entries later"),
});

/**
 * Caller identification for the phone system: normalises the number, answers the organisation, the
 * contact person the number belongs to, service-contract priority, support level and open items -
 * or `known: false` - and writes a call-list entry holding only an HMAC of the number.
 */
export async function identifyCaller(ctx: Ctx<TokenActor>, input: z.output<typeof identifyQuery>) {
  assertCan(ctx, 'calls.identify');
  const e164 = normalizePhone(input.number);
  if (!e164) throw new AppError('VALIDATION', undefined, { number: ['Not a phone number.'] });

  const [match] = await ctx.db
    .select({
      orgId: organisations.id,
      customerNumber: organisations.customerNumber,
      legalName: organisations.legalName,
      contactId: phoneNumbers.contactId,
      contactName: contacts.name,
      serviceContract: serviceContractSql,
    })
    .from(phoneNumbers)
    // An archived organisation's number is unknown: a former customer gets no support (decision 0064).
    .innerJoin(organisations, and(eq(organisations.id, phoneNumbers.orgId), isNull(organisations.archivedAt)))
    .leftJoin(contacts, and(eq(contacts.id, phoneNumbers.contactId), eq(contacts.orgId, phoneNumbers.orgId)))
    .where(eq(phoneNumbers.normalized, e164))
    // A contact's own line identifies more than the switchboard.
    .orderBy(sql`${phoneNumbers.contactId} is null`)
    .limit(1);

  await ctx.db.insert(callListEntries).values({
    callId: input.callId ?? null,
    numberHmac: hmacNumber(e164),
    orgId: match?.orgId ?? null,
    contactId: match?.contactId ?? null,
    serviceContract: match ? Boolean(match.serviceContract) : null,
    createdAt: ctx.now,
  });
  if (!match) return { known: false as const };

  const [decision, [openNotices], [openObjections]] = await Promise.all([
    supportLevel(ctx, match.orgId),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notices)
      .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
      .where(and(eq(notices.orgId, match.orgId), eq(changeNotices.status, 'announced'))),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(objections)
      .where(and(eq(objections.orgId, match.orgId), inArray(objections.status, ['open']))),
  ]);
  return {
    known: true as const,
    organisation: { id: match.orgId, customerNumber: match.customerNumber, legalName: match.legalName },
    contact: match.contactId ? { id: match.contactId, name: match.contactName } : null,
    serviceContract: Boolean(match.serviceContract),
    supportLevel: decision.level,
    allowedActions: decision.actions.filter((a) => a.allowed).map((a) => a.action),
    openItems: { changeNotices: Number(openNotices?.n ?? 0), objections: Number(openObjections?.n ?? 0) },
  };
}
