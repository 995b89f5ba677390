import 'server-only';
import { inArray } from 'drizzle-orm';
import { services, subprocessors } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import type { ChangeKind } from './change-notice-input';

type Targets = { kind: ChangeKind; subprocessorId: string; replacesSubprocessorId: string | null; serviceIds: string[] };

/**
 * A change notice must make sense against the register as it is: an 'add' names a planned
 * subprocessor, 'remove' and 'update' an active one, 'replace' an active one to replace and a
 * planned (or, in an emergency, already engaged) successor. Checked when the draft is saved and
 * again when it is announced, because the register may have changed in between.
 */
export async function checkNoticeTargets(ctx: Ctx, input: Targets) {
  const ids = [input.subprocessorId, ...(input.replacesSubprocessorId ? [input.replacesSubprocessorId] : [])];
  const rows = await ctx.db
    .select({ id: subprocessors.id, status: subprocessors.status })
    .from(subprocessors)
    .where(inArray(subprocessors.id, ids));
  const statusOf = (id: string | null) => rows.find((r) => r.id === id)?.status;
  const fieldErrors: Record<string, string[]> = {};

  const main = statusOf(input.subprocessorId);
  if (!main) fieldErrors.subprocessorId = ['validation.invalid'];
  else if (input.kind === 'add' && main !== 'planned') fieldErrors.subprocessorId = ['changeNotice.error.addNeedsPlanned'];
  else if ((input.kind === 'remove' || input.kind === 'update') && main !== 'active') {
    fieldErrors.subprocessorId = ['changeNotice.error.needsActive'];
  } else if (input.kind === 'replace' && main === 'retired') fieldErrors.subprocessorId = ['changeNotice.error.addNeedsPlanned'];

  if (input.kind === 'replace') {
    const old = statusOf(input.replacesSubprocessorId);
    if (!old) fieldErrors.replacesSubprocessorId = ['validation.invalid'];
    else if (old !== 'active') fieldErrors.replacesSubprocessorId = ['changeNotice.error.needsActive'];
  }

  const found = await ctx.db.select({ id: services.id }).from(services).where(inArray(services.id, input.serviceIds));
  if (found.length !== new Set(input.serviceIds).size) fieldErrors.serviceIds = ['changeNotice.error.servicesRequired'];

  if (Object.keys(fieldErrors).length > 0) throw new AppError('VALIDATION', 'validation.invalid', fieldErrors);
}
