import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFrom } from './zod-issues';

const schema = z.object({
  email: z.string().min(1, { error: 'validation.required' }).max(5, { error: 'validation.tooLong' }),
  contact: z.object({ name: z.string({ error: 'not a key' }) }),
});
const texts: Record<string, string> = {
  'validation.required': 'Bitte ausfüllen.',
  'validation.tooLong': 'Höchstens {max} Zeichen.',
  'validation.invalid': 'Ungültig.',
};
const translate = (key: string, vars: Record<string, number>) =>
  texts[key]?.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name])) ?? null;

describe('fieldErrorsFrom', () => {
  it('puts every issue under its field path, with the limit filled in', () => {
    const result = schema.safeParse({ email: 'too long', contact: {} });
    expect(result.success).toBe(false);
    expect(fieldErrorsFrom(result.error!.issues, translate)).toEqual({
      email: ['Höchstens 5 Zeichen.'],
      'contact.name': ['Ungültig.'],
    });
  });

  it("files form-level issues under '_'", () => {
    const result = z.string().min(1, { error: 'validation.required' }).safeParse('');
    expect(fieldErrorsFrom(result.error!.issues, translate)).toEqual({ _: ['Bitte ausfüllen.'] });
  });
});
