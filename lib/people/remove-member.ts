import 'server-only';
import { memberships } from '@/db/schema';
import { requireMembership } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { endSessions } from './end-sessions';
import { lockOrgMemberships, membershipOf, signatoriesOtherThan } from './lock-org-signatories';
import type { RemoveMemberInput } from './schemas';

/**
 * A signatory removes a colleague (or themselves) from the organisation. The last signatory
 * cannot be removed. The person's sessions end at once (issue 11): their next request is refused,
 * not only their next request to this organisation.
 */
export async function removeMember(ctx: Ctx, input: RemoveMemberInput) {
  await requireMembership(ctx, input.orgId, ['signatory']);
  const rows = await lockOrgMemberships(ctx, input.orgId);
  const current = rows.find((row) => row.userId === input.userId);
  if (!current) throw new AppError('NOT_FOUND');
  if (current.role === 'signatory' && signatoriesOtherThan(rows, input.userId) === 0) {
    throw new AppError('CONFLICT', 'people.members.lastSignatory');
  }
  await ctx.db.delete(memberships).where(membershipOf(input.orgId, input.userId));
  const sessionsEnded = await endSessions(ctx, input.userId);
  await ctx.audit({
    action: 'people.member.removed',
    orgId: input.orgId,
    targetType: 'user',
    targetId: input.userId,
    details: { role: current.role, sessionsEnded },
  });
  return { removed: true };
}
