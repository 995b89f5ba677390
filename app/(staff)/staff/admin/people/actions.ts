'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/core/action';
import { inviteStaff } from '@/lib/invitations/invite-staff';
import { inviteStaffSchema } from '@/lib/invitations/schemas';
import { setStaffRolesSchema, setUserDisabledSchema } from '@/lib/people/schemas';
import { setStaffRoles } from '@/lib/people/set-staff-roles';
import { setUserDisabled } from '@/lib/people/set-user-disabled';

// Admins only ('people.manage.staff'): checked by action() and again in every use case.

const manage = { permission: 'people.manage.staff' as const };

export const inviteStaffAction = action({ ...manage, schema: inviteStaffSchema }, async (ctx, input) => {
  const result = await inviteStaff(ctx, input);
  ctx.afterCommit(() => revalidatePath('/staff/admin/people'));
  return result;
});

export const setStaffRolesAction = action({ ...manage, schema: setStaffRolesSchema }, async (ctx, input) => {
  const result = await setStaffRoles(ctx, input);
  ctx.afterCommit(() => revalidatePath(`/staff/admin/people/${input.userId}`));
  return result;
});

export const setUserDisabledAction = action({ ...manage, schema: setUserDisabledSchema }, async (ctx, input) => {
  const result = await setUserDisabled(ctx, input);
  ctx.afterCommit(() => revalidatePath(`/staff/admin/people/${input.userId}`));
  return { ...result, disabled: input.disabled };
});
