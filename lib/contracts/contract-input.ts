import { z } from 'zod';
import { isCalendarDate } from '@/lib/change-notices/compute-effective-date';

// One schema for the contract form and the actions; end on or after start is checked here, at the
// field, and again by the database's check constraint (contracts_dates).

const day = z
  .string({ error: 'validation.required' })
  .trim()
  .refine(isCalendarDate, { error: 'adminOrgs.error.date' });

const contractFields = z.object({
  reference: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(80, { error: 'validation.tooLong' }),
  startsOn: day,
  endsOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isCalendarDate(v), { error: 'adminOrgs.error.date' }),
});

function endNotBeforeStart(v: { startsOn: string; endsOn: string | null }, ctx: z.RefinementCtx) {
  if (v.endsOn && isCalendarDate(v.startsOn) && v.endsOn < v.startsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'adminOrgs.error.endBeforeStart' });
  }
}

export const addContractSchema = contractFields
  .extend({ orgId: z.guid({ error: 'validation.invalid' }), serviceId: z.guid({ error: 'validation.required' }) })
  .superRefine(endNotBeforeStart);

export const updateContractSchema = contractFields
  .extend({ orgId: z.guid({ error: 'validation.invalid' }), contractId: z.guid({ error: 'validation.invalid' }) })
  .superRefine(endNotBeforeStart);

export type AddContractInput = z.output<typeof addContractSchema>;
export type UpdateContractInput = z.output<typeof updateContractSchema>;
