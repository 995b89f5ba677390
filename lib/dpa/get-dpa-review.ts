import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import {
  agreements,
  dpaTemplateVersions,
  memberships,
  organisations,
  settings,
  tomsVersions,
  users,
  type AnnexSnapshot,
  type LocalizedText,
  type MembershipRole,
  type TomsSections,
} from '@/db/schema';
import type { ActorRoles } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/config';
import { buildAnnexSnapshot } from './build-annex-snapshot';
import { buildDpaDocument } from './build-dpa-document';
import { consentText } from './consent-text';
import { dpaStatus } from './dpa-status';

export type ReviewViewer = { kind: 'member'; role: MembershipRole; userId: string } | { kind: 'staff'; userId: string };

type ReviewActor = ActorRoles & { userId: string };

const guid = z.guid();

/** The highest published DPA template version: the one customers sign today. */
export async function currentTemplateVersion(db: Pick<ReturnType<typeof getDb>, 'select'>) {
  const [row] = await db
    .select()
    .from(dpaTemplateVersions)
    .where(eq(dpaTemplateVersions.status, 'published'))
    .orderBy(desc(dpaTemplateVersions.version))
    .limit(1);
  return row ?? null;
}

/** The highest published TOMs version: Annex III of every agreement signed today. */
export async function currentTomsVersion(db: Pick<ReturnType<typeof getDb>, 'select'>) {
  const [row] = await db
    .select()
    .from(tomsVersions)
    .where(eq(tomsVersions.status, 'published'))
    .orderBy(desc(tomsVersions.version))
    .limit(1);
  return row ?? null;
}

/**
 * Everything the review page shows for one organisation, in the viewer's language. The page has
 * authorized already; a stranger still gets null, and every query names orgId in its WHERE.
 * The document is the signed one when the agreement is on the current version (what was signed is
 * what is shown), else the current version filled with today's data (what would be signed).
 */
export async function getDpaReview(actor: ReviewActor, orgId: string, locale: Locale) {
  if (!guid.safeParse(orgId).success) return null;
  const membership = actor.memberships.find((m) => m.orgId === orgId);
  const viewer: ReviewViewer | null = membership
    ? { kind: 'member', role: membership.role, userId: actor.userId }
    : actor.staffRoles.length > 0
      ? { kind: 'staff', userId: actor.userId }
      : null;
  if (!viewer) return null;
  const db = getDb();

  const [[org], annex, template, toms, [provider], agreementRows, signatories, [me]] = await Promise.all([
    db.select().from(organisations).where(eq(organisations.id, orgId)).limit(1),
    buildAnnexSnapshot(db, orgId),
    currentTemplateVersion(db),
    currentTomsVersion(db),
    db
      .select({
        noticePeriodDays: settings.noticePeriodDays,
        supportEmail: settings.supportEmail,
        supportPhone: settings.supportPhone,
        providerName: settings.providerName,
        timeZone: settings.timeZone,
      })
      .from(settings)
      .where(eq(settings.id, 1))
      .limit(1),
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
      .select({ name: users.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'signatory')))
      .orderBy(asc(users.name), asc(users.email)),
    db
      .select({ name: users.name, position: memberships.position })
      .from(users)
      .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, orgId)))
      .where(eq(users.id, actor.userId))
      .limit(1),
  ]);
  if (!org || !annex || !provider) return null;

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
  };
  const documentOf = (input: DocumentInput) =>
    buildDpaDocument({
      template: { version: input.version, title: input.title, body: input.body },
      toms: input.toms,
      annex: input.annex,
      settings: { noticePeriodDays: provider.noticePeriodDays },
      locale,
    });

  let document = null;
  if (active && onCurrent) {
    document = documentOf({ ...active, toms: { version: active.tomsVersion, sections: active.tomsSections }, annex: active.annexSnapshot });
  } else if (template && toms && (annex.eligible || active)) {
    document = documentOf({ ...template, toms, annex: annex.snapshot });
  }

  const isSignatory = viewer.kind === 'member' && viewer.role === 'signatory';
  const canSign = isSignatory && annex.eligible && template !== null && toms !== null && !onCurrent;

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
    canSign,
    /** Shown next to the sign button; its hash goes into the agreement. */
    consentText: canSign && template ? consentText(locale, { legalName: org.legalName, version: template.version }) : null,
    prefill: { fullName: me?.name ?? '', position: me?.position ?? '' },
    signatories: signatories.map((s) => s.name ?? s.email),
    contact: { supportEmail: provider.supportEmail, supportPhone: provider.supportPhone, providerName: provider.providerName },
    timeZone: provider.timeZone,
  };
}

export type DpaReview = NonNullable<Awaited<ReturnType<typeof getDpaReview>>>;
