'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/core/action';
import { markNoticeRead, markNoticeReadSchema } from '@/lib/notices/mark-notice-read';
import { fileObjection } from '@/lib/objections/file-objection';
import { fileObjectionSchema, updateObjectionSchema, withdrawObjectionSchema } from '@/lib/objections/objection-schemas';
import { updateObjection } from '@/lib/objections/update-objection';
import { withdrawObjection } from '@/lib/objections/withdraw-objection';

// Thin wrappers: action() authorizes for the organisation named in the input before validation
// errors are reported; the lib functions check the signatory role, the organisation scope and the
// deadline again where the work happens.

const orgOf = (input: { orgId: string }) => input.orgId;

export const fileObjectionAction = action({ permission: 'objections.file', schema: fileObjectionSchema, orgId: orgOf }, fileObjection);

export const updateObjectionAction = action({ permission: 'objections.file', schema: updateObjectionSchema, orgId: orgOf }, updateObjection);

export const withdrawObjectionAction = action({ permission: 'objections.file', schema: withdrawObjectionSchema, orgId: orgOf }, withdrawObjection);

/**
 * Records that one of the organisation's people has opened the notice (the page calls it once the
 * notice is on screen; rendering never writes). After the first reading the unread badges under
 * /orgs/<orgId> are stale, so they are revalidated once the marker has committed.
 */
export const markNoticeReadAction = action(
  { permission: 'notices.view', schema: markNoticeReadSchema, orgId: orgOf },
  async (ctx, input) => {
    const result = await markNoticeRead(ctx, input);
    if (result.marked) ctx.afterCommit(() => revalidatePath(`/orgs/${input.orgId}`, 'layout'));
    return result;
  },
);
