'use server';

import { action } from '@/lib/action';
import { fileObjection } from '@/lib/objections/file-objection';
import { fileObjectionSchema, updateObjectionSchema, withdrawObjectionSchema } from '@/lib/objections/objection-schemas';
import { updateObjection } from '@/lib/objections/update-objection';
import { withdrawObjection } from '@/lib/objections/withdraw-objection';

// Thin wrappers: authorize('objections.file') for the organisation named in the input runs in
// action() before validation errors are reported; the lib functions check the signatory role, the
// organisation scope and the deadline again where the work happens.

export const fileObjectionAction = action(
  { permission: 'objections.file', schema: fileObjectionSchema, orgId: (input) => input.orgId },
  async ({ actor, input, tx, meta }) => fileObjection(tx, actor, input, meta),
);

export const updateObjectionAction = action(
  { permission: 'objections.file', schema: updateObjectionSchema, orgId: (input) => input.orgId },
  async ({ actor, input, tx, meta }) => updateObjection(tx, actor, input, meta),
);

export const withdrawObjectionAction = action(
  { permission: 'objections.file', schema: withdrawObjectionSchema, orgId: (input) => input.orgId },
  async ({ actor, input, tx, meta }) => withdrawObjection(tx, actor, input, meta),
);
