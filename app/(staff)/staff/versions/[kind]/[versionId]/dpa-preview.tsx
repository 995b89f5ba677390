import { getTranslations } from 'next-intl/server';
import { DpaDocumentView, DpaLayout, DpaToc } from '@/app/_components/dpa/dpa-document-view';
import { buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import fieldStyles from '@/app/_components/ui/field.module.css';
import type { Locale } from '@/lib/i18n/config';
import type { DpaVersionPreview } from '@/lib/versions/preview-dpa-version';
import styles from '../../versions.module.css';
import { LanguageTabs } from '../../version-parts';

type Props = { preview: DpaVersionPreview; versionId: string; customerNumber?: string; lang: Locale };

/**
 * The template filled in for a real organisation, rendered by the same component as the customer's
 * review page. The organisation is chosen by customer number in the URL (a GET form: shareable,
 * works without JS); the language tabs keep it.
 */
export async function DpaPreview({ preview, versionId, customerNumber, lang }: Props) {
  const [t, tDpa] = await Promise.all([getTranslations('versions.preview'), getTranslations('dpa')]);
  const base = `/staff/versions/dpa/${versionId}${customerNumber ? `?org=${encodeURIComponent(customerNumber)}` : ''}`;
  const org = 'org' in preview ? preview.org : null;
  const vars = { name: org?.legalName ?? '', number: org?.customerNumber ?? customerNumber ?? '' };
  const whyNot = () => {
    if (preview.ok) return '';
    switch (preview.reason) {
      case 'placeholders':
        return t('placeholders');
      case 'unknown_org':
        return t('unknownOrg', vars);
      case 'not_eligible':
        return t('notEligible', vars);
      default:
        return t('noSample');
    }
  };
  return (
    <Card title={t('title')}>
      <form className={styles.toolbar} method="get" action={`/staff/versions/dpa/${versionId}`}>
        <input type="hidden" name="lang" value={lang} />
        <div className={`${fieldStyles.field} ${styles.toolbarWide}`}>
          <label htmlFor="preview-org" className={fieldStyles.label}>
            {t('org')}
          </label>
          <input
            id="preview-org"
            name="org"
            type="text"
            className={fieldStyles.control}
            defaultValue={customerNumber ?? org?.customerNumber ?? ''}
            aria-describedby="preview-org-hint"
          />
          <p id="preview-org-hint" className={fieldStyles.hint}>
            {t('orgHint')}
          </p>
        </div>
        <div className={styles.toolbarActions}>
          <button type="submit" className={buttonClass({ variant: 'secondary' })}>
            {t('show')}
          </button>
        </div>
      </form>
      <LanguageTabs base={base} current={lang} />
      {preview.ok ? (
        <>
          <p className="muted">{t('sample', vars)}</p>
          <DpaLayout>
            <DpaToc document={preview.document} title={tDpa('toc.title')} level={3} />
            <DpaDocumentView document={preview.document} level={3} scrollable />
          </DpaLayout>
        </>
      ) : (
        <Callout tone="warning" role="status">
          {whyNot()}
        </Callout>
      )}
    </Card>
  );
}
