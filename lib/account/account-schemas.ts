import { z } from 'zod';
import { locales } from '@/lib/i18n/config';

// The account page's inputs; the forms show the same messages the actions return.

export const updateProfileSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'account.profile.nameTooShort')
    .max(200, 'account.profile.nameTooLong'),
  locale: z.enum(locales, 'account.profile.localeInvalid'),
});

// Nothing to type: the confirmation dialog is the step before the irreversible one. The forms send
// a fixed word, so a request without it (a stray call, the authorization matrix's probe) changes nothing.
export const deleteAccountSchema = z.object({ confirm: z.literal('delete-account', 'validation.invalid') });

export const endOtherSessionsSchema = z.object({ confirm: z.literal('end-other-sessions', 'validation.invalid') });
