import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { agreements, tomsVersions } from '@/db/schema';
import { can } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { sharedCache } from '@/lib/core/shared-cache';
import { findOrgHeading } from '@/lib/orgs/find-org-heading';
import { countChanges, sideBySide } from '@/lib/diff/diff-text';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { tomsCompareText } from './version-compare-text';

/**
 * The current TOMs for one organisation's users: the measures by Art. 32 heading, the change
 * summary, the TOMs version their agreement was signed with, and a comparison with the previous
 * published version. Null for a viewer who may not see this organisation.
 */
export async function getTomsOverview(ctx: Ctx, input: { orgId: string; locale: DocumentLocale }) {
  if (!can(ctx, 'dpa.review', input.orgId)) return null;
  const { db } = ctx;
  const org = await findOrgHeading(ctx, input.orgId);
  if (!org) return null;

  const [published, agreementRows] = await Promise.all([
    // The two newest published versions are the same for everyone until the next publication.
    sharedCache('toms:published-two', ['toms_versions'], () =>
      db.select().from(tomsVersions).where(eq(tomsVersions.status, 'published')).orderBy(desc(tomsVersions.version)).limit(2),
    ),
    db
      .select({ version: tomsVersions.version })
      .from(agreements)
      .innerJoin(tomsVersions, eq(tomsVersions.id, agreements.tomsVersionId))
      .where(and(eq(agreements.orgId, input.orgId), eq(agreements.status, 'active')))
      .limit(1),
  ]);
  const [current, previous] = published;
  if (!current) return { org, current: null, previous: null, signedTomsVersion: null, rows: [], counts: null };
  const rows = previous
    ? sideBySide(tomsCompareText(previous.sections, input.locale), tomsCompareText(current.sections, input.locale))
    : [];
  return {
    org,
    current,
    previous: previous ? { id: previous.id, version: previous.version, publishedAt: previous.publishedAt } : null,
    signedTomsVersion: agreementRows[0]?.version ?? null,
    rows,
    counts: previous ? countChanges(rows) : null,
  };
}

export type TomsOverview = NonNullable<Awaited<ReturnType<typeof getTomsOverview>>>;
