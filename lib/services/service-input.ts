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
});

type Fields = z.output<typeof fields>;

function annexRules(v: Fields, ctx: z.RefinementCtx) {
  for (const list of ['dataCategories', 'dataSubjects'] as const) {
    const de = v[`${list}De`];
    const en = v[`${list}En`];
    // A service processing personal data on the customer's behalf must describe it for Annex II.
    if (v.processesPersonalData && de.length === 0) ctx.addIssue({ code: 'custom', path: [`${list}De`], message: 'adminServices.error.annexRequired' });
    if (de.length !== en.length) ctx.addIssue({ code: 'custom', path: [`${list}En`], message: 'adminServices.error.linesMismatch' });
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
  return {
    name: { de: v.nameDe, en: v.nameEn },
    category: v.category,
    processesPersonalData: v.processesPersonalData,
    description: { de: v.descriptionDe, en: v.descriptionEn },
    purpose: { de: v.purposeDe, en: v.purposeEn },
    dataCategories: pair(v.dataCategoriesDe, v.dataCategoriesEn),
    dataSubjects: pair(v.dataSubjectsDe, v.dataSubjectsEn),
  };
}
