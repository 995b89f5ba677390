import 'server-only';
import { and, asc, eq, exists } from 'drizzle-orm';
import { z } from 'zod';
import { contracts, dpaTemplateVersions, organisations, services } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { orgHeadingColumns } from '@/lib/orgs/find-org-heading';
import { buildDpaDocument } from '@/lib/dpa/build-dpa-document';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { TemplatePlaceholderError } from '@/lib/dpa/fill-template';
import { loadSigningInputs } from '@/lib/dpa/signing-inputs';

/** The organisation staff preview with, by customer number (from the page's ?org=). */
export const previewOrganisationSchema = z.string().trim().min(1).max(40).optional().catch(undefined);

/**
 * A DPA template version (a draft before it is published) filled in for a REAL organisation,
 * exactly as that organisation would sign it today: the same annexes from buildAnnexSnapshot
 * (so an accepted objection shows in Annex IV as it will in the agreement), the current TOMs and
 * the provider settings, through the same buildDpaDocument. Staff choose the organisation by
 * customer number; without a choice, the eligible organisation with the lowest customer number.
 * Nothing here is sample data, so the preview cannot differ from what would be signed.
 */
export async function previewDpaVersion(ctx: Ctx, input: { versionId: string; customerNumber?: string; locale: DocumentLocale }) {
  assertCan(ctx, 'versions.view');
  if (!z.guid().safeParse(input.versionId).success) return null;
  const [template] = await ctx.db.select().from(dpaTemplateVersions).where(eq(dpaTemplateVersions.id, input.versionId)).limit(1);
  if (!template) return null;

  // Eligible: an active contract for a service that processes personal data (what makes a DPA signable).
  const eligible = exists(
    ctx.db
      .select({ id: contracts.id })
      .from(contracts)
      .innerJoin(services, eq(services.id, contracts.serviceId))
      .where(and(eq(contracts.orgId, organisations.id), eq(contracts.status, 'active'), eq(services.processesPersonalData, true))),
  );
  const [org] = await ctx.db
    .select(orgHeadingColumns)
    .from(organisations)
    .where(input.customerNumber ? eq(organisations.customerNumber, input.customerNumber) : eligible)
    .orderBy(asc(organisations.customerNumber))
    .limit(1);
  if (!org) return { ok: false as const, reason: input.customerNumber ? ('unknown_org' as const) : ('no_org' as const) };

  const { toms, annex, provider } = await loadSigningInputs(ctx, org.id);
  if (!toms || !annex || !provider) return { ok: false as const, reason: 'unavailable' as const, org };
  if (!annex.eligible) return { ok: false as const, reason: 'not_eligible' as const, org };
  try {
    const document = buildDpaDocument({ template, toms, annex: annex.snapshot, settings: provider, locale: input.locale });
    return { ok: true as const, document, org };
  } catch (error) {
    if (error instanceof TemplatePlaceholderError) return { ok: false as const, reason: 'placeholders' as const, org };
    throw error;
  }
}

export type DpaVersionPreview = NonNullable<Awaited<ReturnType<typeof previewDpaVersion>>>;
