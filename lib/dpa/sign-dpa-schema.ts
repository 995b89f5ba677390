import { z } from 'zod';
import { locales } from '@/lib/i18n/config';

// The signing form's input, shared by the form (hints before the confirmation dialog) and the
// action (the truth). Messages are dictionary keys, translated by lib/action.ts.

const text = (required: 'dpa.sign.fullNameRequired' | 'dpa.sign.positionRequired', tooShort: 'dpa.sign.fullNameTooShort' | 'dpa.sign.positionTooShort') =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required, abort: true })
    .min(2, { error: tooShort, abort: true })
    .max(200, { error: 'validation.tooLong' });

export const signDpaSchema = z.object({
  orgId: z.guid({ error: 'validation.invalid' }),
  templateVersionId: z.guid({ error: 'validation.invalid' }),
  fullName: text('dpa.sign.fullNameRequired', 'dpa.sign.fullNameTooShort'),
  position: text('dpa.sign.positionRequired', 'dpa.sign.positionTooShort'),
  // A checkbox posts 'on' when ticked and nothing when not; a direct call may pass true.
  confirmAuthority: z.union([z.literal('on'), z.literal(true)], { error: 'dpa.sign.confirmRequired' }).transform(() => true as const),
  locale: z.enum(locales, { error: 'validation.invalid' }),
});

export type SignDpaInput = z.output<typeof signDpaSchema>;
