import { z } from 'zod';

// The audit log's filters, from the page's query string or the export's: every field optional,
// each validated before it reaches SQL. Days are calendar days in the provider's time zone.

const day = z.iso.date({ error: 'validation.invalid' });
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value), schema.optional());

export const auditFilterSchema = z
  .object({
    /** The organisation by its customer number (what staff know). */
    org: optional(z.string().max(50, { error: 'validation.tooLong' })),
    /** The actor by e-mail address. */
    actor: optional(z.string().max(254, { error: 'validation.tooLong' }).toLowerCase()),
    /** The action, exactly (e.g. people.user.disabled). */
    action: optional(z.string().max(100, { error: 'validation.tooLong' }).regex(/^[a-z0-9_.:-]+$/, { error: 'validation.invalid' })),
    from: optional(day),
    to: optional(day),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], error: 'audit.filter.toBeforeFrom' });
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** A page of the list: the filter plus the keyset cursor (events older than `before`). */
export const auditPageSchema = z.object({
  before: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional()),
});

/** The query string of a filter, for links (next page, export). */
export function filterQuery(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filter, ...extra }).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return new URLSearchParams(entries).toString();
}
