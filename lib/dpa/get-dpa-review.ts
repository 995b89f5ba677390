import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  agreements,
  dpaTemplateVersions,
  memberships,
  tomsVersions,
  users,
  type AnnexSnapshot,
  type LocalizedText,
  type MembershipRole,
  type TomsSections,
} from '@/db/schema';
import { can } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { buildDpaDocument } from './build-dpa-document';
import { consentText } from './consent-text';
import { type AgreementTerms, termsOf } from './frozen-terms';
import { dpaStatus } from './dpa-status';
import { currentTemplateVersion, loadSigningInputs } from './signing-inputs';

const guid = z.guid();

/** Who is looking, for what the page shows (staff read, members of the organisation may sign). */
export type ReviewViewer = { kind: 'member'; role: MembershipRole; userId: string } | { kind: 'staff'; userId: string };

/**
 * Everything the review page shows for one organisation, in the viewer's language. The page has
 * authorized already; a stranger still gets null, and every query names orgId in its WHERE.
 * The document is the signed one when the agreement is on the current version (what was signed is
 * what is shown), else the current version filled with today's data (what would be signed).
 */
export async function getDpaReview(ctx: Ctx, input: { orgId: string }) {
  const { orgId } = input;
  if (!guid.safeParse(orgId).success || !can(ctx, 'dpa.review', orgId)) return null;
  const { db, actor, locale } = ctx;
  // For display only; what the viewer may do is decided by can() below.
  const membership = actor.memberships.find((m) => m.orgId === orgId);
  const viewer: ReviewViewer = membership ? { kind: 'member', role: membership.role, userId: actor.userId } : { kind: 'staff', userId: actor.userId };

  // The organisation and its signatories come with Annex I (buildAnnexSnapshot): read once, not twice.
  const [{ annex, toms, provider }, template, agreementRows, [me]] = await Promise.all([
    loadSigningInputs(ctx, orgId),
    currentTemplateVersion(ctx),
    db
      .select({
        id: agreements.id,
        templateVersionId: agreements.templateVersionId,
        version: dpaTemplateVersions.version,
        title: dpaTemplateVersions.title,
        body: dpaTemplateVersions.body,
        tomsVersion: tomsVersions.version,
        tomsSections: tomsVersions.sections,
        annexSnapshot: agreements.annexSnapshot,
        noticePeriodDays: agreements.noticePeriodDays,
        signerName: agreements.signerName,
        signerPosition: agreements.signerPosition,
        signedAt: agreements.signedAt,
        pdfSha256: agreements.pdfSha256,
        hasPdf: sql<boolean>`${agreements.pdf} is not null`,
      })
      .from(agreements)
      .innerJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
      .innerJoin(tomsVersions, eq(tomsVersions.id, agreements.tomsVersionId))
      .where(and(eq(agreements.orgId, orgId), eq(agreements.status, 'active')))
      .limit(1),
    db
      .select({ name: users.name, position: memberships.position })
      .from(users)
      .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, orgId)))
      .where(eq(users.id, actor.userId))
      .limit(1),
  ]);
  if (!annex || !provider) return null;
  const { org } = annex;

  const active = agreementRows[0] ?? null;
  const onCurrent = active !== null && template !== null && active.templateVersionId === template.id;
  const status = dpaStatus({
    eligible: annex.eligible,
    activeAgreementVersion: active?.version ?? null,
    currentVersion: template?.version ?? null,
  });

  type DocumentInput = {
    version: number;
    title: LocalizedText;
    body: LocalizedText;
    toms: { version: number; sections: TomsSections };
    annex: AnnexSnapshot;
    /** The frozen terms of a signed agreement; today's settings for a document not yet signed. */
    terms: AgreementTerms;
  };
  const documentOf = (input: DocumentInput) =>
    buildDpaDocument({
      template: { version: input.version, title: input.title, body: input.body },
      toms: input.toms,
      annex: input.annex,
      settings: input.terms,
      locale,
    });

  let document = null;
  if (active && onCurrent) {
    // As signed: the notice period (and any other term) as frozen with the agreement, never today's settings.
    document = documentOf({
      ...active,
      toms: { version: active.tomsVersion, sections: active.tomsSections },
      annex: active.annexSnapshot,
      terms: termsOf(active, { noticePeriodDays: provider.noticePeriodDays }),
    });
  } else if (template && toms && (annex.eligible || active)) {
    document = documentOf({ ...template, toms, annex: annex.snapshot, terms: { noticePeriodDays: provider.noticePeriodDays } });
  }

  const canSign = can(ctx, 'dpa.sign', orgId) && annex.eligible && template !== null && toms !== null && !onCurrent;

  return {
    viewer,
    org: { id: org.id, legalName: org.legalName, customerNumber: org.customerNumber },
    status,
    eligible: annex.eligible,
    template: template ? { id: template.id, version: template.version, contentSha256: template.contentSha256, publishedAt: template.publishedAt } : null,
    toms: toms ? { id: toms.id, version: toms.version } : null,
    agreement: active
      ? {
          id: active.id,
          version: active.version,
          tomsVersion: active.tomsVersion,
          signerName: active.signerName,
          signerPosition: active.signerPosition,
          signedAt: active.signedAt,
          pdfSha256: active.pdfSha256,
          hasPdf: active.hasPdf,
          isCurrent: onCurrent,
        }
      : null,
    document,
    /** The document carries the professional-secrecy clause (the organisation's flag when it was built). */
    professionalSecrecy: Boolean(document && (active && onCurrent ? active.annexSnapshot : annex.snapshot).professionalSecrecyClause),
    canSign,
    /** Shown next to the sign button; its hash goes into the agreement. */
    consentText: canSign && template ? consentText(locale, { legalName: org.legalName, version: template.version }) : null,
    prefill: { fullName: me?.name ?? '', position: me?.position ?? '' },
    signatories: signatoryNames(annex.snapshot),
    contact: { supportEmail: provider.supportEmail, supportPhone: provider.supportPhone, providerName: provider.providerName },
    timeZone: provider.timeZone,
  };
}

/** The organisation's signatories by name (e-mail when unnamed), as Annex I lists them today. */
function signatoryNames(annex: AnnexSnapshot): string[] {
  return (annex.contactPersons?.customer ?? [])
    .filter((p) => p.role === 'signatory')
    .map((p) => p.name ?? p.email)
    .sort((a, b) => a.localeCompare(b, 'de'));
}

export type DpaReview = NonNullable<Awaited<ReturnType<typeof getDpaReview>>>;
