import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { contacts, organisations, phoneNumbers } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import type { Actor } from '@/lib/core/actor';

/** What an admin edits of an organisation, as the audit log records it before and after a change. */
export type OrganisationSnapshot = {
  customerNumber: string;
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  locale: 'de' | 'en';
  professionalSecrecy: boolean;
  archivedAt: string | null;
  phones: { label: string | null; display: string }[];
  contacts: { name: string | null; email: string }[];
};

/** The organisation as it stands in this transaction (locked for update when asked), or null. */
export async function readOrganisationSnapshot(
  ctx: Ctx<Actor | null>,
  orgId: string,
  options: { forUpdate?: boolean } = {},
): Promise<OrganisationSnapshot | null> {
  const query = ctx.db.select().from(organisations).where(eq(organisations.id, orgId)).limit(1);
  const [org] = options.forUpdate ? await query.for('update') : await query;
  if (!org) return null;
  const [phones, general] = await Promise.all([
    ctx.db
      .select({ label: phoneNumbers.label, display: phoneNumbers.display })
      .from(phoneNumbers)
      .where(eq(phoneNumbers.orgId, orgId))
      .orderBy(asc(phoneNumbers.display), asc(phoneNumbers.label)),
    ctx.db
      .select({ name: contacts.name, email: contacts.email })
      .from(contacts)
      .where(and(eq(contacts.orgId, orgId), eq(contacts.kind, 'general')))
      .orderBy(asc(contacts.email)),
  ]);
  return {
    customerNumber: org.customerNumber,
    legalName: org.legalName,
    street: org.street,
    postalCode: org.postalCode,
    city: org.city,
    country: org.country,
    locale: org.locale,
    professionalSecrecy: org.professionalSecrecy,
    archivedAt: org.archivedAt?.toISOString() ?? null,
    phones,
    contacts: general,
  };
}

/** Only the fields that changed, each with its value before and after. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T) {
  const before_: Record<string, unknown> = {};
  const after_: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      before_[key] = before[key];
      after_[key] = after[key];
    }
  }
  return { before: before_, after: after_, changed: Object.keys(after_).length > 0 };
}
