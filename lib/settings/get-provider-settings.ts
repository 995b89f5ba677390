import 'server-only';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { settings } from '@/db/schema';

/** The provider's public identity (imprint data, DPO, support contact). Cached per request. */
export const getProviderSettings = cache(async () => {
  const [row] = await getDb()
    .select({
      providerName: settings.providerName,
      providerAddress: settings.providerAddress,
      managingDirector: settings.managingDirector,
      dpoName: settings.dpoName,
      dpoEmail: settings.dpoEmail,
      supportEmail: settings.supportEmail,
      supportPhone: settings.supportPhone,
      timeZone: settings.timeZone,
      isSample: settings.isSample,
    })
    .from(settings)
    .where(eq(settings.id, 1))
    .limit(1);
  return row ?? null;
});

export type ProviderSettings = NonNullable<Awaited<ReturnType<typeof getProviderSettings>>>;
