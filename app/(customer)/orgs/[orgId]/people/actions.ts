'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/core/action';
import type { Ctx } from '@/lib/core/context';
import { inviteMember } from '@/lib/invitations/invite-member';
import { inviteMemberSchema } from '@/lib/invitations/schemas';
import { changeMemberRole } from '@/lib/people/change-member-role';
import { removeMember } from '@/lib/people/remove-member';
import { changeMemberRoleSchema, removeMemberSchema } from '@/lib/people/schemas';

// A signatory manages the people of THEIR organisation. action() authorizes 'people.manage.org'
// for the orgId in the input (a stranger to it gets NOT_FOUND); each use case reads the
// signatory's membership again in its transaction, with the organisation in the WHERE.

type Input = { orgId: string };

function refreshing<I extends Input, T>(useCase: (ctx: Ctx, input: I) => Promise<T>) {
  return async (ctx: Ctx, input: I) => {
    const result = await useCase(ctx, input);
    ctx.afterCommit(() => revalidatePath(`/orgs/${input.orgId}/people`));
    return result;
  };
}

const manage = { permission: 'people.manage.org' as const, orgId: (input: Input) => input.orgId };

export const inviteMemberAction = action({ ...manage, schema: inviteMemberSchema }, refreshing(inviteMember));

export const changeMemberRoleAction = action({ ...manage, schema: changeMemberRoleSchema }, refreshing(changeMemberRole));

export const removeMemberAction = action({ ...manage, schema: removeMemberSchema }, refreshing(removeMember));
