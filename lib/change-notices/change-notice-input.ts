import { z } from 'zod';
import { isCalendarDate } from './compute-effective-date';

// One schema per input, shared by the forms (hints) and the actions (the truth). Messages are
// dictionary keys. Whether the effective date respects the notice period is decided at announce
// time (the period counts from the announcement), not here.

export const changeKinds = ['add', 'replace', 'remove', 'update'] as const;
export type ChangeKind = (typeof changeKinds)[number];

const text = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

/** A checkbox posts 'on' or nothing; a direct call may pass a boolean. */
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

const optionalGuid = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || z.guid().safeParse(v).success, { error: 'validation.invalid' });

export const changeNoticeFields = z
  .object({
    kind: z.enum(changeKinds, { error: 'validation.required' }),
    subprocessorId: z.guid({ error: 'validation.required' }),
    replacesSubprocessorId: optionalGuid,
    titleDe: text(200),
    titleEn: text(200),
    descriptionDe: text(5000),
    descriptionEn: text(5000),
    serviceIds: z
      .array(z.guid({ error: 'validation.invalid' }), { error: 'changeNotice.error.servicesRequired' })
      .min(1, { error: 'changeNotice.error.servicesRequired' })
      .max(50),
    effectiveDate: z
      .string({ error: 'validation.required' })
      .trim()
      .refine(isCalendarDate, { error: 'changeNotice.error.date' }),
    isEmergency: checkbox,
    emergencyReason: z
      .string()
      .trim()
      .max(2000, { error: 'validation.tooLong' })
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'replace' && !v.replacesSubprocessorId) {
      ctx.addIssue({ code: 'custom', path: ['replacesSubprocessorId'], message: 'changeNotice.error.replacesRequired' });
    }
    if (v.kind === 'replace' && v.replacesSubprocessorId === v.subprocessorId) {
      ctx.addIssue({ code: 'custom', path: ['replacesSubprocessorId'], message: 'changeNotice.error.replacesSame' });
    }
    if (v.isEmergency && !v.emergencyReason) {
      ctx.addIssue({ code: 'custom', path: ['emergencyReason'], message: 'changeNotice.error.emergencyReason' });
    }
  })
  .transform((v) => ({
    ...v,
    replacesSubprocessorId: v.kind === 'replace' ? v.replacesSubprocessorId : null,
    emergencyReason: v.isEmergency ? v.emergencyReason : null,
  }));

export const createChangeNoticeSchema = changeNoticeFields;
export const updateChangeNoticeSchema = z.intersection(
  z.object({ changeNoticeId: z.guid({ error: 'validation.invalid' }) }),
  changeNoticeFields,
);

/** Announcing and withdrawing cannot be undone, so both need an explicit confirmation. */
export const confirmChangeNoticeSchema = z.object({
  changeNoticeId: z.guid({ error: 'validation.invalid' }),
  confirm: checkbox.refine((v) => v, { error: 'changeNotice.error.confirm' }),
});

/** Queue a change notice's failed deliveries again. */
export const retryFailedDeliveriesSchema = z.object({ changeNoticeId: z.guid({ error: 'validation.invalid' }) });

export type ChangeNoticeInput = z.output<typeof changeNoticeFields>;
export type UpdateChangeNoticeInput = z.output<typeof updateChangeNoticeSchema>;
export type ConfirmChangeNoticeInput = z.output<typeof confirmChangeNoticeSchema>;
export type RetryFailedDeliveriesInput = z.output<typeof retryFailedDeliveriesSchema>;
/** The change-notice form's fields before parsing, as the form shows them. */
export type ChangeNoticeFormValues = {
  [K in Exclude<keyof z.input<typeof changeNoticeFields>, 'serviceIds' | 'isEmergency'>]: string;
} & { serviceIds: string[]; isEmergency: boolean };
