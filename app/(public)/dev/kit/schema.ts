import { z } from 'zod';

// The kit page's example form: one schema for the browser check and the action, messages are keys.
export const kitExampleSchema = z.object({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(40, { error: 'validation.tooLong' }),
  purpose: z.enum(['hosting', 'mail', 'support'], { error: 'validation.required' }),
  note: z.string().max(200, { error: 'validation.tooLong' }).optional(),
  confirmed: z.literal('on', { error: 'kit.form.confirmRequired' }),
});
