import 'server-only';
import type { Ctx } from '@/lib/core/context';
import { getAccountData } from './get-account-data';

// The JSON download (Art. 15(3), Art. 20 GDPR): the same data the page shows, without the page's
// limits, in one structured document; audited, because it is a read of personal data leaving the portal.

const EXPORT_LIMIT = 100_000;

export async function exportAccountData(ctx: Ctx, input: { currentSessionToken: string | null }) {
  const data = await getAccountData(ctx, { currentSessionToken: input.currentSessionToken, limit: EXPORT_LIMIT });
  await ctx.audit({ action: 'account.exported', targetType: 'user', targetId: ctx.actor.userId });
  const document = {
    format: 'dpa-portal/account-export',
    version: 1,
    exportedAt: ctx.now.toISOString(),
    ...data,
  };
  return {
    json: JSON.stringify(document, null, 2),
    fileName: `account-data_${ctx.now.toISOString().slice(0, 10)}.json`,
  };
}
