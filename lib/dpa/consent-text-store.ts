import 'server-only';
import { and, eq } from 'drizzle-orm';
import { agreements, consentTexts, dpaTemplateVersions, type Locale } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { consentTemplates, consentTextSha256, fillConsentTemplate } from './consent-text';

/**
 * Makes sure consent text `version` in `locale` is stored, exactly as the code has it, and returns
 * its template. A stored row that differs means someone edited a version instead of adding one:
 * signing stops rather than record a hash of a text that is not the stored one.
 */
export async function storedConsentTemplate(ctx: Ctx, version: number, locale: Locale): Promise<string> {
  const template = consentTemplates[version]?.[locale];
  if (!template) throw new Error(`No consent text version ${version} in ${locale}`);
  const sha256 = consentTextSha256(template);
  await ctx.db.insert(consentTexts).values({ version, locale, text: template, sha256, createdAt: ctx.now }).onConflictDoNothing();
  const [row] = await ctx.db.select().from(consentTexts).where(and(eq(consentTexts.version, version), eq(consentTexts.locale, locale)));
  if (!row || row.sha256 !== sha256 || row.text !== template) {
    throw new Error(`Consent text version ${version} (${locale}) in the database differs from the code: add a new version instead of editing one`);
  }
  return template;
}

/**
 * Re-checks an agreement's consent hash from the database alone: the stored text of its version,
 * filled with the organisation's name as the annex snapshot recorded it and the DPA version.
 */
export async function recheckConsentHash(ctx: Pick<Ctx, 'db'>, input: { orgId: string; agreementId: string }) {
  const [row] = await ctx.db
    .select({ agreement: agreements, consent: consentTexts })
    .from(agreements)
    .leftJoin(consentTexts, and(eq(consentTexts.version, agreements.consentTextVersion), eq(consentTexts.locale, agreements.locale)))
    .where(and(eq(agreements.id, input.agreementId), eq(agreements.orgId, input.orgId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  if (!row.consent) return { checked: false as const, recorded: row.agreement.consentTextSha256 };
  const { templateVersion } = await templateVersionOf(ctx, row.agreement.templateVersionId);
  const legalName = row.agreement.annexSnapshot.parties.customer.legalName ?? '';
  const text = fillConsentTemplate(row.consent.text, { legalName, version: templateVersion });
  const sha256 = consentTextSha256(text);
  return { checked: true as const, matches: sha256 === row.agreement.consentTextSha256, text, recorded: row.agreement.consentTextSha256, sha256 };
}

async function templateVersionOf(ctx: Pick<Ctx, 'db'>, templateVersionId: string) {
  const [row] = await ctx.db.select({ templateVersion: dpaTemplateVersions.version }).from(dpaTemplateVersions).where(eq(dpaTemplateVersions.id, templateVersionId));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
