import { z } from 'zod';

// One schema for the service form and the actions. Data categories and data subjects (Annex II)
// are one per line, in German and English, line by line the same entries.

const text = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

const lines = z
  .string()
  .max(4000, { error: 'validation.tooLong' })
  .optional()
  .transform((v) => (v ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean));

/** An optional Annex II text; blank = the annex's standard wording. */
const optionalText = z
  .string()
  .trim()
  .max(2000, { error: 'validation.tooLong' })
  .optional()
  .transform((v) => v ?? '');

const checkbox = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');

const fields = z.object({
  nameDe: text(120),
  nameEn: text(120),
  category: text(60),
  processesPersonalData: checkbox,
  descriptionDe: text(1000),
  descriptionEn: text(1000),
  purposeDe: text(1000),
  purposeEn: text(1000),
  dataCategoriesDe: lines,
  dataCategoriesEn: lines,
  dataSubjectsDe: lines,
  dataSubjectsEn: lines,
  // Annex II (issue 13): special categories (none if empty), nature, duration and retention.
  specialCategoriesDe: lines,
  specialCategoriesEn: lines,
  natureDe: optionalText,
  natureEn: optionalText,
  durationDe: optionalText,
  durationEn: optionalText,
  retentionDe: optionalText,
  retentionEn: optionalText,
});

type Fields = z.output<typeof fields>;

function annexRules(v: Fields, ctx: z.RefinementCtx) {
  for (const list of ['dataCategories', 'dataSubjects', 'specialCategories'] as const) {
    const de = v[`${list}De`];
    const en = v[`${list}En`];
    // A service processing personal data on the customer's behalf must describe it for Annex II.
    if (v.processesPersonalData && de.length === 0 && list !== 'specialCategories') ctx.addIssue({ code: 'custom', path: [`${list}De`], message: 'adminServices.error.annexRequired' });
    if (de.length !== en.length) ctx.addIssue({ code: 'custom', path: [`${list}En`], message: 'adminServices.error.linesMismatch' });
  }
  // A text in one language only would leave the other annex without it.
  for (const field of ['nature', 'duration', 'retention'] as const) {
    if (Boolean(v[`${field}De`]) !== Boolean(v[`${field}En`])) {
      ctx.addIssue({ code: 'custom', path: [v[`${field}De`] ? `${field}En` : `${field}De`], message: 'adminServices.error.bothLanguages' });
    }
  }
}

export const createServiceSchema = fields
  .extend({
    code: z
      .string({ error: 'validation.required' })
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, { error: 'adminServices.error.code' }),
  })
  .superRefine(annexRules);

export const updateServiceSchema = fields.extend({ serviceId: z.guid({ error: 'validation.invalid' }) }).superRefine(annexRules);

export type ServiceFields = Fields;

/** The row's values from the form's fields. */
export function serviceValues(v: Fields) {
  const pair = (de: string[], en: string[]) => de.map((d, i) => ({ de: d, en: en[i] ?? d }));
  const optional = (de: string, en: string) => (de && en ? { de, en } : null);
  return {
    name: { de: v.nameDe, en: v.nameEn },
    category: v.category,
    processesPersonalData: v.processesPersonalData,
    description: { de: v.descriptionDe, en: v.descriptionEn },
    purpose: { de: v.purposeDe, en: v.purposeEn },
    dataCategories: pair(v.dataCategoriesDe, v.dataCategoriesEn),
    dataSubjects: pair(v.dataSubjectsDe, v.dataSubjectsEn),
    specialCategories: pair(v.specialCategoriesDe, v.specialCategoriesEn),
    nature: optional(v.natureDe, v.natureEn),
    duration: optional(v.durationDe, v.durationEn),
    retention: optional(v.retentionDe, v.retentionEn),
  };
}
