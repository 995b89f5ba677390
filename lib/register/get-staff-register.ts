import 'server-only';
import { assertCan, can } from '@/lib/auth/can';
import { localDate } from '@/lib/change-notices/compute-effective-date';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { listSubprocessors, registerAsOf } from './get-register';
import { getRegisterOptions } from './get-register-options';
import { listUpcomingChanges } from './list-upcoming-changes';
import type { RegisterFilters } from './register-filters';

/**
 * The staff's register page: the register on `day` (today in the provider's time zone by default)
 * or every subprocessor whatever its dates ('all', the maintenance view), the filters' choices, the
 * announced changes, and whether this person may edit the register.
 */
export async function getStaffRegister(ctx: Ctx, input: { view: 'register' | 'all'; day?: string; filters: RegisterFilters }) {
  assertCan(ctx, 'register.view');
  const { timeZone } = await getCalendarSettings(ctx);
  const day = input.day ?? localDate(ctx.now, timeZone);
  const [entries, options, upcoming] = await Promise.all([
    input.view === 'all' ? listSubprocessors(ctx, { filters: input.filters }) : registerAsOf(ctx, { day, filters: input.filters }),
    getRegisterOptions(ctx),
    listUpcomingChanges(ctx),
  ]);
  return { day, entries, options, upcoming, canManage: can(ctx, 'register.manage') };
}
