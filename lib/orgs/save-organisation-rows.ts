import 'server-only';
import { and, eq } from 'drizzle-orm';
import { contacts, phoneNumbers } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import type { Actor } from '@/lib/core/actor';
import type { OrganisationInput } from './organisation-input';

/**
 * Replaces the organisation's phone numbers and general contacts with the form's rows. Notice
 * contacts (the customer's own subscriptions, with their confirmation state) are left alone.
 * Nothing references these rows by id, so replacing is the honest, simple diff.
 */
export async function saveOrganisationRows(ctx: Ctx<Actor | null>, orgId: string, input: Pick<OrganisationInput, 'phones' | 'contacts' | 'locale'>) {
  await ctx.db.delete(phoneNumbers).where(eq(phoneNumbers.orgId, orgId));
  await ctx.db.delete(contacts).where(and(eq(contacts.orgId, orgId), eq(contacts.kind, 'general')));
  if (input.phones.length > 0) {
    await ctx.db.insert(phoneNumbers).values(
      input.phones.map((p) => ({ orgId, label: p.label, display: p.number.display, normalized: p.number.normalized })),
    );
  }
  if (input.contacts.length > 0) {
    await ctx.db.insert(contacts).values(
      input.contacts.map((c) => ({ orgId, kind: 'general' as const, name: c.name, email: c.email, locale: input.locale })),
    );
  }
}
