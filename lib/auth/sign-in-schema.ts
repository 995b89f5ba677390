import { z } from 'zod';

// Shared by the form (hints) and the action (the truth). Messages are dictionary keys.
export const signInSchema = z.object({
  email: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(254, { error: 'validation.tooLong' })
    .pipe(z.email({ error: 'validation.email' })),
  callbackUrl: z.string().max(500).optional(),
});

export type SignInInput = z.output<typeof signInSchema>;
