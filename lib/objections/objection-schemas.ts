import { z } from 'zod';
import { NOTE_MAX, REASON_MAX, REASON_MIN } from './objection-limits';

// The inputs of the objection use cases, shared by the forms (hints before sending) and the server
// actions (the truth: lib/core/action.ts parses once). Messages are dictionary keys, translated there.
// No 'server-only' here: the client forms load these schemas too (on their first submit).

export { NOTE_MAX, REASON_MAX, REASON_MIN };

const id = z.guid({ error: 'validation.invalid' });

export const reasonSchema = z
  .string({ error: 'objections.reason.required' })
  .trim()
  .min(1, { error: 'objections.reason.required', abort: true })
  .min(REASON_MIN, { error: 'objections.reason.tooShort', abort: true })
  .max(REASON_MAX, { error: 'objections.reason.tooLong' });

/** File an objection to the notice `noticeId` of organisation `orgId` (or edit the open one). */
export const fileObjectionSchema = z.object({ orgId: id, noticeId: id, reason: reasonSchema });

/** Change the reason of the organisation's open objection. */
export const updateObjectionSchema = z.object({ orgId: id, objectionId: id, reason: reasonSchema });

/** Withdraw the organisation's open objection. */
export const withdrawObjectionSchema = z.object({ orgId: id, objectionId: id });

/** Privacy staff decide an open objection; a rejection must say why. */
export const decideObjectionSchema = z
  .object({
    objectionId: id,
    decision: z.enum(['accepted', 'rejected'], { error: 'objections.decision.required' }),
    note: z
      .string()
      .trim()
      .max(NOTE_MAX, { error: 'objections.note.tooLong' })
      .optional()
      .transform((value) => (value ? value : undefined)),
  })
  .superRefine((input, ctx) => {
    if (input.decision === 'rejected' && !input.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'objections.note.requiredForRejection' });
    }
  });

export type FileObjectionInput = z.output<typeof fileObjectionSchema>;
export type UpdateObjectionInput = z.output<typeof updateObjectionSchema>;
export type WithdrawObjectionInput = z.output<typeof withdrawObjectionSchema>;
export type DecideObjectionInput = z.output<typeof decideObjectionSchema>;
