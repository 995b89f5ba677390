import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { services } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';

export async function listServicesAdmin(ctx: Ctx) {
  assertCan(ctx, 'admin.services.manage');
  return ctx.db.select().from(services).orderBy(asc(services.category), asc(services.code));
}

/** The edit form's values, or null for an unknown or malformed id. */
export async function getServiceForm(ctx: Ctx, input: { serviceId: string }) {
  assertCan(ctx, 'admin.services.manage');
  if (!z.guid().safeParse(input.serviceId).success) return null;
  const [row] = await ctx.db.select().from(services).where(eq(services.id, input.serviceId));
  if (!row) return null;
  const lines = (list: { de: string; en: string }[], lang: 'de' | 'en') => list.map((e) => e[lang]).join('\n');
  return {
    id: row.id,
    code: row.code,
    values: {
      nameDe: row.name.de,
      nameEn: row.name.en,
      category: row.category,
      processesPersonalData: row.processesPersonalData,
      descriptionDe: row.description.de,
      descriptionEn: row.description.en,
      purposeDe: row.purpose.de,
      purposeEn: row.purpose.en,
      dataCategoriesDe: lines(row.dataCategories, 'de'),
      dataCategoriesEn: lines(row.dataCategories, 'en'),
      dataSubjectsDe: lines(row.dataSubjects, 'de'),
      dataSubjectsEn: lines(row.dataSubjects, 'en'),
      specialCategoriesDe: lines(row.specialCategories, 'de'),
      specialCategoriesEn: lines(row.specialCategories, 'en'),
      natureDe: row.nature?.de ?? '',
      natureEn: row.nature?.en ?? '',
      durationDe: row.duration?.de ?? '',
      durationEn: row.duration?.en ?? '',
      retentionDe: row.retention?.de ?? '',
      retentionEn: row.retention?.en ?? '',
    },
  };
}
