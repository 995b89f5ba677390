import { createHash } from 'node:crypto';
import type { agreements, dpaTemplateVersions, tomsVersions } from '@/db/schema';
import { buildDpaDocument } from '@/lib/dpa/build-dpa-document';
import { env } from '@/lib/env';
import { renderDpaPdf } from '@/lib/pdf/render-dpa-pdf';
import { providerSeal } from '@/lib/seal/seal-certificate';
import { sealEvidencePdf } from '@/lib/seal/seal-evidence-pdf';
import { demoOrgs } from './demo-accounts';
import { orgId } from './build-organisation-rows';
import { demoOrganisations } from './organisations';
import { demoSettings } from './provider';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type AgreementRow = typeof agreements.$inferInsert;
type Versions = { templates: (typeof dpaTemplateVersions.$inferInsert)[]; toms: (typeof tomsVersions.$inferInsert)[] };

/**
 * The demo customer's active agreement gets its PDF, rendered from the stored snapshot the way
 * signing renders it, so the demo shows a download and the authorization matrix can ask for a real
 * file (it fails if scoping breaks). Every other sample agreement stays without one: rendering
 * them all would slow the first start for nothing.
 */
export async function withSamplePdf(rows: AgreementRow[], versions: Versions): Promise<AgreementRow[]> {
  const current = orgId(demoOrgs.current);
  return Promise.all(
    rows.map(async (row) => {
      if (row.orgId !== current || row.status !== 'active') return row;
      const template = versions.templates.find((t) => t.id === row.templateVersionId);
      const toms = versions.toms.find((t) => t.id === row.tomsVersionId);
      if (!template?.contentSha256 || !toms?.contentSha256) throw new Error('the sample agreement names an unpublished version');
      const locale = row.locale ?? 'de';
      const legalName = demoOrganisations.find((o) => o.customerNumber === demoOrgs.current)!.legalName;
      const document = buildDpaDocument({
        template: { version: template.version, title: template.title, body: template.body },
        toms: { version: toms.version, sections: toms.sections },
        annex: row.annexSnapshot,
        settings: demoSettings,
        locale,
      });
      const appUrl = env().APP_URL.replace(/\/+$/, '');
      const rendered = await renderDpaPdf(
        document,
        {
          agreementId: row.id!,
          signer: { name: row.signerName, position: row.signerPosition },
          organisation: { legalName, customerNumber: demoOrgs.current },
          signedAt: row.signedAt!,
          ip: row.ip ?? null,
          userAgent: row.userAgent ?? null,
          template: { version: template.version, sha256: template.contentSha256 },
          toms: { version: toms.version, sha256: toms.contentSha256 },
          annexSha256: row.annexSha256,
          consentTextSha256: row.consentTextSha256,
        },
        { appUrl, timeZone: demoSettings.timeZone },
      );
      // Sealed only with the demo seal: a provider's real seal never vouches for a made-up signature.
      if (!providerSeal().demo) return { ...row, pdf: Buffer.from(rendered), pdfSha256: sha256(rendered) };
      const sealed = await sealEvidencePdf(rendered, {
        signedAt: row.signedAt!,
        locale,
        providerName: demoSettings.providerName,
        agreementId: row.id!,
        appUrl,
      });
      return {
        ...row,
        pdf: Buffer.from(sealed.pdf),
        pdfSha256: sha256(sealed.pdf),
        sealCertificateSha256: sealed.certificateSha256,
        sealTimestamp: sealed.timestamp,
      };
    }),
  );
}
