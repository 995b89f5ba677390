import { z } from 'zod';
import type { TomsSectionKey } from '@/db/schema';

// The inputs of the version editors: one schema each, shared by the forms (hints) and the actions
// and use cases (the truth). Messages are dictionary keys, translated by lib/action.ts.

const id = z.guid({ error: 'validation.invalid' });

const text = (max: number, required = true) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .refine((value) => !required || value.length > 0, { error: 'validation.required' });

/** Starting a draft: the version it copies (the page offers the latest). */
export const createDraftSchema = z.object({ copyOf: id });
export type CreateDraftInput = z.output<typeof createDraftSchema>;

export const dpaDraftSchema = z.object({
  id,
  titleDe: text(300),
  titleEn: text(300),
  bodyDe: text(200_000),
  bodyEn: text(200_000),
  changeSummaryDe: text(4000, false),
  changeSummaryEn: text(4000, false),
});
export type DpaDraftInput = z.output<typeof dpaDraftSchema>;

export const TOMS_KEYS = ['confidentiality', 'integrity', 'availability', 'restore', 'testing'] as const satisfies readonly TomsSectionKey[];

/** One measure per line; blank lines do not count. */
export function measureLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const tomsFields = Object.fromEntries(
  TOMS_KEYS.flatMap((key) => [
    [`${key}De`, text(50_000)],
    [`${key}En`, text(50_000)],
  ]),
) as Record<`${TomsSectionKey}${'De' | 'En'}`, ReturnType<typeof text>>;

export const tomsDraftSchema = z
  .object({
    id,
    ...tomsFields,
    changeSummaryDe: text(4000, false),
    changeSummaryEn: text(4000, false),
  })
  .superRefine((input, ctx) => {
    // Each measure is one German/English pair, so both lists must be equally long.
    for (const key of TOMS_KEYS) {
      if (measureLines(input[`${key}De`]).length !== measureLines(input[`${key}En`]).length) {
        ctx.addIssue({ code: 'custom', path: [`${key}En`], message: 'versions.error.measureCount' });
      }
    }
  });
export type TomsDraftInput = z.output<typeof tomsDraftSchema>;

/** A checkbox: the browser sends 'on' when checked and nothing when not. */
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.boolean()])
  .optional()
  .transform((value) => value === 'on' || value === 'true' || value === true);

export const publishDpaSchema = z.object({ id, confirmIrreversible: checkbox });
export type PublishDpaInput = z.output<typeof publishDpaSchema>;

export const publishTomsSchema = z.object({ id, confirmIrreversible: checkbox, protectionNotLowered: checkbox });
export type PublishTomsInput = z.output<typeof publishTomsSchema>;
