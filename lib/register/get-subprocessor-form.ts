import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { subprocessors, subprocessorServices } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getRegisterOptions } from './get-register-options';
import type { SubprocessorFormValues } from './subprocessor-input';

const blank: SubprocessorFormValues = {
  legalName: '',
  address: '',
  country: '',
  purposeDe: '',
  purposeEn: '',
  dataCategoriesDe: '',
  dataCategoriesEn: '',
  safeguard: 'eu_eea',
  safeguardNote: '',
  website: '',
  status: 'planned',
  activeFrom: '',
  activeUntil: '',
  serviceIds: [],
};

/**
 * What the subprocessor form shows: the services to choose from and the values, blank for a new
 * subprocessor or in the form's own shape (one field per language, one category per line) for an
 * existing one. Null for an unknown id (also for one that is no uuid).
 */
export async function getSubprocessorForm(ctx: Ctx, input: { subprocessorId?: string }) {
  assertCan(ctx, 'register.manage');
  const { services } = await getRegisterOptions(ctx);
  if (input.subprocessorId === undefined) return { subprocessor: null, values: blank, services };
  if (!z.guid().safeParse(input.subprocessorId).success) return null;

  const [row] = await ctx.db.select().from(subprocessors).where(eq(subprocessors.id, input.subprocessorId)).limit(1);
  if (!row) return null;
  const links = await ctx.db
    .select({ id: subprocessorServices.serviceId })
    .from(subprocessorServices)
    .where(eq(subprocessorServices.subprocessorId, row.id));
  const values: SubprocessorFormValues = {
    legalName: row.legalName,
    address: row.address,
    country: row.country,
    purposeDe: row.purpose.de,
    purposeEn: row.purpose.en,
    dataCategoriesDe: row.dataCategories.map((c) => c.de).join('\n'),
    dataCategoriesEn: row.dataCategories.map((c) => c.en).join('\n'),
    safeguard: row.safeguard,
    safeguardNote: row.safeguardNote ?? '',
    website: row.website ?? '',
    status: row.status,
    activeFrom: row.activeFrom ?? '',
    activeUntil: row.activeUntil ?? '',
    serviceIds: links.map((l) => l.id),
  };
  return { subprocessor: { id: row.id, legalName: row.legalName }, values, services };
}
