import { DpaDocumentView, DpaToc } from '@/app/_components/dpa/dpa-document-view';
import type { Locale } from '@/lib/i18n/config';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Translate } from '@/lib/i18n/translate';
import type { DpaVersionPreview } from '@/lib/versions/preview-dpa-version';
import { LanguageTabs } from '../../version-parts';

const whyNot: Record<Extract<DpaVersionPreview, { ok: false }>['reason'], MessageKey> = {
  placeholders: 'versions.preview.placeholders',
  unknown_org: 'versions.preview.unknownOrg',
  not_eligible: 'versions.preview.notEligible',
  no_org: 'versions.preview.noSample',
  unavailable: 'versions.preview.noSample',
};

type Props = { preview: DpaVersionPreview; versionId: string; customerNumber?: string; lang: Locale; t: Translate };

/**
 * The template filled in for a real organisation, rendered by the same component as the customer's
 * review page. The organisation is chosen by customer number in the URL (a GET form: shareable,
 * works without JS); the language tabs keep it.
 */
export function DpaPreview({ preview, versionId, customerNumber, lang, t }: Props) {
  const base = `/staff/versions/dpa/${versionId}${customerNumber ? `?org=${encodeURIComponent(customerNumber)}` : ''}`;
  const org = 'org' in preview ? preview.org : null;
  const vars = { name: org?.legalName ?? '', number: org?.customerNumber ?? customerNumber ?? '' };
  return (
    <section className="card" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('versions.preview.title')}</h2>
      <form className="toolbar" method="get" action={`/staff/versions/dpa/${versionId}`}>
        <input type="hidden" name="lang" value={lang} />
        <div className="field">
          <label htmlFor="preview-org">{t('versions.preview.org')}</label>
          <input id="preview-org" name="org" type="text" defaultValue={customerNumber ?? org?.customerNumber ?? ''} aria-describedby="preview-org-hint" />
          <p id="preview-org-hint" className="field-hint">
            {t('versions.preview.orgHint')}
          </p>
        </div>
        <div className="toolbar-actions">
          <button type="submit" className="button button-secondary">
            {t('versions.preview.show')}
          </button>
        </div>
      </form>
      <LanguageTabs base={base} current={lang} t={t} label={t('versions.lang.label')} />
      {preview.ok ? (
        <>
          <p className="muted">{t('versions.preview.sample', vars)}</p>
          <div className="dpa-layout">
            <DpaToc document={preview.document} title={t('dpa.toc.title')} level={3} />
            <DpaDocumentView document={preview.document} level={3} scrollable />
          </div>
        </>
      ) : (
        <p className="notice notice-warning" role="status">
          {t(whyNot[preview.reason], vars)}
        </p>
      )}
    </section>
  );
}
