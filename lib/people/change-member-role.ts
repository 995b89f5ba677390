import 'server-only';
import { memberships } from '@/db/schema';
import { requireMembership } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { lockOrgMemberships, membershipOf, signatoriesOtherThan } from './lock-org-signatories';
import type { ChangeMemberRoleInput } from './schemas';

/** A signatory makes a colleague a member or a signatory; the last signatory stays one. */
export async function changeMemberRole(ctx: Ctx, input: ChangeMemberRoleInput) {
  await requireMembership(ctx, input.orgId, ['signatory']);
  const rows = await lockOrgMemberships(ctx, input.orgId);
  const current = rows.find((row) => row.userId === input.userId);
  if (!current) throw new AppError('NOT_FOUND');
  if (current.role === input.role) return { changed: false };
  if (current.role === 'signatory' && signatoriesOtherThan(rows, input.userId) === 0) {
    throw new AppError('CONFLICT', 'people.members.lastSignatory');
  }
  await ctx.db.update(memberships).set({ role: input.role }).where(membershipOf(input.orgId, input.userId));
  await ctx.audit({
    action: 'people.member.role_changed',
    orgId: input.orgId,
    targetType: 'user',
    targetId: input.userId,
    details: { from: current.role, to: input.role },
  });
  return { changed: true };
}
