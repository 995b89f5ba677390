import 'server-only';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { createInvitation } from './create-invitation';
import type { InviteStaffInput } from './schemas';

/** An admin invites a member of staff; accepting grants the roles named here. */
export async function inviteStaff(ctx: Ctx, input: InviteStaffInput) {
  assertCan(ctx, 'people.manage.staff');
  return createInvitation(ctx, { email: input.email, locale: input.locale, target: { staffRoles: input.roles } });
}
