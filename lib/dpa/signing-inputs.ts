import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { dpaTemplateVersions, tomsVersions } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import { sharedCache } from '@/lib/core/shared-cache';
import type { Ctx } from '@/lib/core/context';
import { getSettings } from '@/lib/core/settings';
import { buildAnnexSnapshot } from './build-annex-snapshot';

/** The highest published DPA template version: the one customers sign today. */
export async function currentTemplateVersion(ctx: Ctx<Actor>) {
  const read = async () => {
    const [row] = await ctx.db
      .select()
      .from(dpaTemplateVersions)
      .where(eq(dpaTemplateVersions.status, 'published'))
      .orderBy(desc(dpaTemplateVersions.version))
      .limit(1);
    return row ?? null;
  };
  // The same for everyone until the next publication: shared across requests, but signing (in its
  // transaction) reads what it commits with.
  return ctx.inTransaction ? read() : sharedCache('dpa:current', ['dpa_template_versions'], read);
}

/** The highest published TOMs version: Annex III of every agreement signed today. */
export async function currentTomsVersion(ctx: Ctx<Actor>) {
  const read = async () => {
    const [row] = await ctx.db.select().from(tomsVersions).where(eq(tomsVersions.status, 'published')).orderBy(desc(tomsVersions.version)).limit(1);
    return row ?? null;
  };
  return ctx.inTransaction ? read() : sharedCache('toms:current', ['toms_versions'], read);
}

/**
 * Everything besides the template text that goes into an organisation's DPA today: the current
 * TOMs (Annex III), Annexes I, II and IV as buildAnnexSnapshot makes them, and the provider
 * settings. Signing, the review page and the staff preview all read them here, so the document
 * reviewed or previewed is the document signed.
 */
export async function loadSigningInputs(ctx: Ctx<Actor>, orgId: string) {
  const [toms, annex, provider] = await Promise.all([currentTomsVersion(ctx), buildAnnexSnapshot(ctx, orgId), getSettings(ctx)]);
  return { toms, annex, provider };
}
