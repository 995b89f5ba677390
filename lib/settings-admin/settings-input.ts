import { z } from 'zod';
import { parsePhone } from '@/lib/orgs/parse-phone';

const text = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

const email = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(254, { error: 'validation.tooLong' })
  .pipe(z.email({ error: 'validation.email' }));

function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}

/** The provider's settings form: company data, DPO, notice period, time zone, support contacts. */
export const updateSettingsSchema = z.object({
  providerName: text(200),
  providerAddress: text(500),
  managingDirector: text(200),
  dpoName: text(200),
  dpoEmail: email,
  supportEmail: email,
  supportPhone: text(40).refine((v) => parsePhone(v) !== null, { error: 'adminSettings.error.phone' }),
  noticePeriodDays: z.coerce
    .number({ error: 'adminSettings.error.noticePeriod' })
    .int({ error: 'adminSettings.error.noticePeriod' })
    .min(1, { error: 'adminSettings.error.noticePeriod' })
    .max(365, { error: 'adminSettings.error.noticePeriod' }),
  timeZone: z.string().trim().refine(isTimeZone, { error: 'adminSettings.error.timeZone' }),
});

export type SettingsInput = z.output<typeof updateSettingsSchema>;
