import { z } from 'zod';
import { isCalendarDate } from '@/lib/change-notices/compute-effective-date';

// One schema for the subprocessor form (hints) and the actions (the truth). Messages are
// dictionary keys; the action wrapper translates them into the user's language.

const safeguardValues = ['eu_eea', 'adequacy', 'scc', 'bcr', 'other'] as const;
const statusValues = ['planned', 'active', 'retired'] as const;

const text = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .optional()
    .transform((v) => (v ? v : null));

const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isCalendarDate(v), { error: 'register.error.date' });

/** One category per line; blank lines are ignored. */
const lines = z
  .string()
  .max(4000, { error: 'validation.tooLong' })
  .optional()
  .transform((v) => (v ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean));

export const subprocessorFields = z
  .object({
    legalName: text(200),
    address: text(500),
    country: z
      .string({ error: 'validation.required' })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: 'register.error.country' }),
    purposeDe: text(1000),
    purposeEn: text(1000),
    dataCategoriesDe: lines,
    dataCategoriesEn: lines,
    safeguard: z.enum(safeguardValues, { error: 'validation.required' }),
    safeguardNote: optionalText(2000),
    website: optionalText(300).refine((v) => v === null || /^https:\/\/[^\s/$.?#][^\s]*$/i.test(v), {
      error: 'register.error.website',
    }),
    status: z.enum(statusValues, { error: 'validation.required' }),
    activeFrom: optionalDay,
    activeUntil: optionalDay,
    serviceIds: z
      .array(z.guid({ error: 'validation.invalid' }), { error: 'register.error.servicesRequired' })
      .min(1, { error: 'register.error.servicesRequired' })
      .max(50),
  })
  .superRefine((v, ctx) => {
    if (v.dataCategoriesDe.length === 0) ctx.addIssue({ code: 'custom', path: ['dataCategoriesDe'], message: 'validation.required' });
    if (v.dataCategoriesDe.length !== v.dataCategoriesEn.length) {
      ctx.addIssue({ code: 'custom', path: ['dataCategoriesEn'], message: 'register.error.categoriesMismatch' });
    }
    // A transfer outside the EU/EEA must say what the safeguard rests on (Art. 44 ff.).
    if (v.safeguard !== 'eu_eea' && !v.safeguardNote) {
      ctx.addIssue({ code: 'custom', path: ['safeguardNote'], message: 'register.error.safeguardNote' });
    }
    if (v.status !== 'planned' && !v.activeFrom) {
      ctx.addIssue({ code: 'custom', path: ['activeFrom'], message: 'register.error.activeFromRequired' });
    }
    if (v.status === 'retired' && !v.activeUntil) {
      ctx.addIssue({ code: 'custom', path: ['activeUntil'], message: 'register.error.activeUntilRequired' });
    }
    if (v.activeFrom && v.activeUntil && v.activeUntil < v.activeFrom) {
      ctx.addIssue({ code: 'custom', path: ['activeUntil'], message: 'register.error.datesOrder' });
    }
  });

export const createSubprocessorSchema = subprocessorFields;
export const updateSubprocessorSchema = z.intersection(
  z.object({ subprocessorId: z.guid({ error: 'validation.invalid' }) }),
  subprocessorFields,
);

export type SubprocessorInput = z.output<typeof subprocessorFields>;
/** The form's fields before parsing, as the form shows them (strings; service ids checked). */
export type SubprocessorFormValues = { [K in Exclude<keyof z.input<typeof subprocessorFields>, 'serviceIds'>]: string } & {
  serviceIds: string[];
};
export type UpdateSubprocessorInput = z.output<typeof updateSubprocessorSchema>;

/** The row values for the subprocessors table. */
export function subprocessorValues(input: SubprocessorInput) {
  return {
    legalName: input.legalName,
    address: input.address,
    country: input.country,
    purpose: { de: input.purposeDe, en: input.purposeEn },
    dataCategories: input.dataCategoriesDe.map((de, i) => ({ de, en: input.dataCategoriesEn[i] ?? '' })),
    safeguard: input.safeguard,
    safeguardNote: input.safeguardNote,
    website: input.website,
    status: input.status,
    activeFrom: input.activeFrom,
    activeUntil: input.activeUntil,
  };
}
