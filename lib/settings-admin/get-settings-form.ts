import 'server-only';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getSettings } from '@/lib/core/settings';

/** The settings form's values: the row, or empty fields with the defaults on a fresh database. */
export async function getSettingsForm(ctx: Ctx) {
  assertCan(ctx, 'admin.settings.manage');
  const row = await getSettings(ctx);
  return {
    providerName: row?.providerName ?? '',
    providerAddress: row?.providerAddress ?? '',
    managingDirector: row?.managingDirector ?? '',
    dpoName: row?.dpoName ?? '',
    dpoEmail: row?.dpoEmail ?? '',
    supportEmail: row?.supportEmail ?? '',
    supportPhone: row?.supportPhone ?? '',
    noticePeriodDays: row?.noticePeriodDays ?? 30,
    timeZone: row?.timeZone ?? 'Europe/Berlin',
  };
}
