import 'server-only';
import { and, asc, desc, eq, gt, lte } from 'drizzle-orm';
import { agreements, dpaTemplateVersions } from '@/db/schema';
import { can } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { findOrgHeading } from '@/lib/orgs/find-org-heading';
import { countChanges, sideBySide } from '@/lib/diff/diff-text';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { dpaCompareText } from './version-compare-text';

/**
 * What changed between the DPA version an organisation signed and the current one: the change
 * summary of every version in between and the two texts side by side. Scoped by orgId in every
 * WHERE; null for a viewer who may not review this organisation's DPA or an unknown organisation.
 */
export async function getDpaChanges(ctx: Ctx, input: { orgId: string; locale: DocumentLocale }) {
  if (!can(ctx, 'dpa.review', input.orgId)) return null;
  const { db } = ctx;
  const org = await findOrgHeading(ctx, input.orgId);
  if (!org) return null;

  const [signed] = await db
    .select({ signedAt: agreements.signedAt, version: dpaTemplateVersions })
    .from(agreements)
    .innerJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
    .where(and(eq(agreements.orgId, input.orgId), eq(agreements.status, 'active')))
    .limit(1);
  const [current] = await db
    .select()
    .from(dpaTemplateVersions)
    .where(eq(dpaTemplateVersions.status, 'published'))
    .orderBy(desc(dpaTemplateVersions.version))
    .limit(1);

  const base = { org, signedVersion: signed?.version.version ?? null, signedAt: signed?.signedAt ?? null, currentVersion: current?.version ?? null };
  if (!current) return { ...base, state: 'no_version' as const };
  if (!signed) return { ...base, state: 'not_signed' as const };
  if (signed.version.version >= current.version) return { ...base, state: 'up_to_date' as const };

  const between = await db
    .select({
      id: dpaTemplateVersions.id,
      version: dpaTemplateVersions.version,
      publishedAt: dpaTemplateVersions.publishedAt,
      changeSummary: dpaTemplateVersions.changeSummary,
    })
    .from(dpaTemplateVersions)
    .where(
      and(
        eq(dpaTemplateVersions.status, 'published'),
        gt(dpaTemplateVersions.version, signed.version.version),
        lte(dpaTemplateVersions.version, current.version),
      ),
    )
    .orderBy(asc(dpaTemplateVersions.version));
  const rows = sideBySide(dpaCompareText(signed.version, input.locale), dpaCompareText(current, input.locale));
  return { ...base, state: 'outdated' as const, summaries: between, rows, counts: countChanges(rows) };
}

export type DpaChanges = NonNullable<Awaited<ReturnType<typeof getDpaChanges>>>;
