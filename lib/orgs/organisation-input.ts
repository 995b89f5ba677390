import { z } from 'zod';
import { parsePhone } from './parse-phone';

// One schema for the organisation form and the actions. Messages are dictionary keys; the action
// wrapper translates them into the user's language. Phone numbers and contacts arrive as flat form
// fields ('phones.0.number'), so the field errors' paths match the inputs' names.

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

export const customerNumberSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(40, { error: 'validation.tooLong' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, { error: 'adminOrgs.error.customerNumber' });

const phone = z.object({
  label: optionalText(60),
  number: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .transform((v, ctx) => {
      const parsed = parsePhone(v);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', message: 'adminOrgs.error.phone' });
        return z.NEVER;
      }
      return parsed;
    }),
});

const contact = z.object({
  name: optionalText(200),
  email: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(254, { error: 'validation.tooLong' })
    .pipe(z.email({ error: 'validation.email' }))
    .transform((v) => v.toLowerCase()),
});

/**
 * Turns 'phones.0.number' style keys into arrays and drops rows left entirely blank (the form
 * always shows a few empty rows). Arrays given directly (tests, the import) pass unchanged.
 */
function gatherRows(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || input instanceof Array) return input;
  const out: Record<string, unknown> = {};
  const rows: Record<string, Record<number, Record<string, unknown>>> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^(phones|contacts)\.(\d{1,2})\.(\w+)$/.exec(key);
    if (!match) {
      out[key] = value;
      continue;
    }
    const [, list, index, field] = match as unknown as [string, string, string, string];
    ((rows[list] ??= {})[Number(index)] ??= {})[field] = value;
  }
  for (const [list, byIndex] of Object.entries(rows)) {
    if (Array.isArray(out[list])) continue;
    const max = Math.max(...Object.keys(byIndex).map(Number));
    const array: Record<string, unknown>[] = [];
    for (let i = 0; i <= max; i++) array.push(byIndex[i] ?? {});
    out[list] = array;
  }
  for (const list of ['phones', 'contacts']) {
    const array = out[list];
    if (Array.isArray(array)) {
      // Keep the indexes (so errors point at the right input), blank out empty rows as null.
      out[list] = array.map((row) =>
        row && typeof row === 'object' && Object.values(row).every((v) => typeof v !== 'string' || v.trim() === '') ? null : row,
      );
    }
  }
  return out;
}

const rows = <T extends z.ZodType>(schema: T) =>
  z
    .array(schema.nullable())
    .max(20, { error: 'validation.invalid' })
    .optional()
    .transform((list) => (list ?? []).filter((row): row is NonNullable<typeof row> => row !== null));

export const organisationFields = z.object({
  customerNumber: customerNumberSchema,
  legalName: text(200),
  street: text(200),
  postalCode: text(20),
  city: text(100),
  country: z
    .string({ error: 'validation.required' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: 'adminOrgs.error.country' }),
  locale: z.enum(['de', 'en'], { error: 'validation.required' }),
  /** A checkbox: 'on' when ticked, absent when not (issue 13: the professional-secrecy clause). */
  professionalSecrecy: z
    .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true'),
  phones: rows(phone),
  contacts: rows(contact),
}).superRefine((v, ctx) => {
  // The database keeps one general contact per address; say so at the field, not as a crash.
  const seen = new Set<string>();
  v.contacts.forEach((c, i) => {
    if (seen.has(c.email)) ctx.addIssue({ code: 'custom', path: ['contacts', i, 'email'], message: 'adminOrgs.error.contactTwice' });
    seen.add(c.email);
  });
});

export const createOrganisationSchema = z.preprocess(gatherRows, organisationFields);
export const updateOrganisationSchema = z.preprocess(
  gatherRows,
  z.object({ orgId: z.guid({ error: 'validation.invalid' }) }).and(organisationFields),
);
export const archiveOrganisationSchema = z.object({ orgId: z.guid({ error: 'validation.invalid' }) });

export type OrganisationInput = z.output<typeof organisationFields>;
