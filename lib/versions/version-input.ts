import { z } from 'zod';
import type { ExitDuties, TomsSectionKey } from '@/db/schema';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';

// The inputs of the version editors, one schema each, shared by the forms (hints) and the actions
// (the truth; lib/core/action.ts parses once and the use cases trust the parsed input). Every input
// names its kind ('dpa' | 'toms'); messages are dictionary keys.

export const versionKinds = ['dpa', 'toms'] as const;
export type VersionKind = (typeof versionKinds)[number];

export const isVersionKind = (value: string): value is VersionKind => (versionKinds as readonly string[]).includes(value);

const id = z.guid({ error: 'validation.invalid' });
const kind = z.enum(versionKinds, { error: 'validation.invalid' });

const text = (max: number, required = true) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .refine((value) => !required || value.length > 0, { error: 'validation.required' });

const changeSummary = { changeSummaryDe: text(4000, false), changeSummaryEn: text(4000, false) };

/** Starting a draft: the version it copies (the page offers the latest). */
export const createDraftSchema = z.object({ kind, copyOf: id });
export type CreateDraftInput = z.output<typeof createDraftSchema>;

/** The deadlines of a DPA's § 11 (db/schema.ts ExitDuties), one editor field each, in this order. */
export const EXIT_DUTY_FIELDS = ['returnRequestDays', 'productionDeletionDays', 'backupDeletionDays'] as const satisfies readonly (keyof ExitDuties)[];

/**
 * Whole days, at most ten years; an empty field is null (no fixed deadline). A missing field is
 * refused rather than read as empty, so a form without these fields never clears a version's deadlines.
 */
const days = z
  .string({ error: 'validation.invalid' })
  .trim()
  .refine((value) => value === '' || (/^\d+$/.test(value) && Number(value) <= 3650), { error: 'versions.error.days' })
  .transform((value) => (value === '' ? null : Number(value)));

export const dpaDraftSchema = z
  .object({
    kind: z.literal('dpa'),
    id,
    titleDe: text(300),
    titleEn: text(300),
    bodyDe: text(200_000),
    bodyEn: text(200_000),
    returnRequestDays: days,
    productionDeletionDays: days,
    backupDeletionDays: days,
    ...changeSummary,
  })
  .superRefine((input, ctx) => {
    // A version states all three deadlines or none (ExitDuties is null): a partial set would
    // count some deadlines on a terminated agreement's page and silently drop the others.
    const empty = EXIT_DUTY_FIELDS.filter((field) => input[field] === null);
    if (empty.length === 0 || empty.length === EXIT_DUTY_FIELDS.length) return;
    for (const field of empty) ctx.addIssue({ code: 'custom', path: [field], message: 'versions.error.exitDutiesPartial' });
  });
export type DpaDraftInput = z.output<typeof dpaDraftSchema>;

/** One measure per line; blank lines do not count. */
export function measureLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const tomsFields = Object.fromEntries(
  TOMS_SECTION_ORDER.flatMap((key) => [
    [`${key}De`, text(50_000)],
    [`${key}En`, text(50_000)],
  ]),
) as Record<`${TomsSectionKey}${'De' | 'En'}`, ReturnType<typeof text>>;

export const tomsDraftSchema = z
  .object({ kind: z.literal('toms'), id, ...tomsFields, ...changeSummary })
  .superRefine((input, ctx) => {
    // Each measure is one German/English pair, so both lists must be equally long.
    for (const key of TOMS_SECTION_ORDER) {
      if (measureLines(input[`${key}De`]).length !== measureLines(input[`${key}En`]).length) {
        ctx.addIssue({ code: 'custom', path: [`${key}En`], message: 'versions.error.measureCount' });
      }
    }
  });
export type TomsDraftInput = z.output<typeof tomsDraftSchema>;

/** Saving a draft of either kind; the form posts its kind in a hidden field. */
export const draftSchema = z.discriminatedUnion('kind', [dpaDraftSchema, tomsDraftSchema]);
export type DraftInput = z.output<typeof draftSchema>;

/** A checkbox: the browser sends 'on' when checked and nothing when not. */
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.boolean()])
  .optional()
  .transform((value) => value === 'on' || value === 'true' || value === true);

/** Every confirmation a kind may ask for; each kind's descriptor says which it requires. */
export const publishSchema = z.object({ kind, id, confirmIrreversible: checkbox, protectionNotLowered: checkbox });
export type PublishInput = z.output<typeof publishSchema>;
export type Confirmation = 'confirmIrreversible' | 'protectionNotLowered';
