import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/app/_components/page-header';
import { DiffLegend, VersionDiff } from '@/app/_components/version-diff';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { compareVersions } from '@/lib/versions/compare-versions';
import { listVersions } from '@/lib/versions/list-versions';
import { isVersionKind, versionKinds, type VersionKind } from '@/lib/versions/version-input';
import { LanguageTabs, langOf } from '../version-parts';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('versions.compare.title') };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// Everything lives in the URL (?kind=dpa&from=..&to=..&lang=en), so a comparison can be shared.
export default async function CompareVersionsPage({ searchParams }: Props) {
  const ctx = await pageContext('versions.view', { returnTo: '/staff/versions/compare' });
  const params = await searchParams;
  const { t, locale } = await getT();
  const asked = first(params.kind) ?? '';
  const kind: VersionKind = isVersionKind(asked) ? asked : 'dpa';
  const lang = langOf(params.lang, locale);
  const versions = await listVersions(ctx, { kind });
  const known = (id: string | undefined) => versions.find((v) => v.id === id);
  // Defaults: the newest version against the newest published one before it.
  const to = known(first(params.to)) ?? versions[0];
  const from = known(first(params.from)) ?? versions.find((v) => v.status === 'published' && to && v.version < to.version) ?? to;
  const comparison = from && to ? await compareVersions(ctx, { kind, fromId: from.id, toId: to.id, locale: lang }) : null;
  const label = (v: { version: number; status: string }) =>
    `${t('versions.versionValue', { version: v.version })}${v.status === 'draft' ? ` (${t('versions.status.draft')})` : ''}`;
  const base = `/staff/versions/compare?kind=${kind}${from ? `&from=${from.id}` : ''}${to ? `&to=${to.id}` : ''}`;

  return (
    <main id="main" className="page versions-page">
      <p>
        <Link href="/staff/versions">← {t('versions.back')}</Link>
      </p>
      <PageHeader title={t('versions.compare.title')} lead={t('versions.compare.lead')} />
      <nav className="version-tabs" aria-label={t('versions.compare.kind')}>
        <ul>
          {versionKinds.map((k) => (
            <li key={k}>
              <Link href={`/staff/versions/compare?kind=${k}&lang=${lang}`} aria-current={k === kind ? 'page' : undefined}>
                {t(`versions.${k}.heading`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form className="toolbar" method="get" action="/staff/versions/compare">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="lang" value={lang} />
        <div className="field">
          <label htmlFor="from">{t('versions.compare.from')}</label>
          <select id="from" name="from" defaultValue={from?.id}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {label(v)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="to">{t('versions.compare.to')}</label>
          <select id="to" name="to" defaultValue={to?.id}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {label(v)}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-actions">
          <button type="submit" className="button button-primary">
            {t('versions.compare.submit')}
          </button>
        </div>
      </form>
      <LanguageTabs base={base} current={lang} t={t} label={t('versions.lang.label')} />
      {comparison ? (
        <section className="card" aria-labelledby="diff-title">
          <h2 id="diff-title">
            {t('versions.compare.heading', { from: comparison.from.version, to: comparison.to.version })}
          </h2>
          <p role="status">{t('versions.compare.counts', comparison.counts)}</p>
          <DiffLegend t={t} />
          <VersionDiff rows={comparison.rows} leftLabel={label(comparison.from)} rightLabel={label(comparison.to)} t={t} />
        </section>
      ) : (
        <p className="notice notice-info">{t('versions.compare.none')}</p>
      )}
    </main>
  );
}
