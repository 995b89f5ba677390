import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import fieldStyles from '@/app/_components/ui/field.module.css';
import { Page } from '@/app/_components/ui/page-shell';
import { Tabs } from '@/app/_components/ui/tabs';
import { DiffLegend, VersionDiff } from '@/app/_components/version-diff';
import { pageContext } from '@/lib/core/page';
import { compareVersions } from '@/lib/versions/compare-versions';
import { listVersions } from '@/lib/versions/list-versions';
import { isVersionKind, versionKinds, type VersionKind } from '@/lib/versions/version-input';
import { LanguageTabs, langOf } from '../version-parts';
import styles from '../versions.module.css';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('versions.compare');
  return { title: t('title') };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// Everything lives in the URL (?kind=dpa&from=..&to=..&lang=en), so a comparison can be shared.
export default async function CompareVersionsPage({ searchParams }: Props) {
  const ctx = await pageContext('versions.view', { returnTo: '/staff/versions/compare' });
  const params = await searchParams;
  const t = await getTranslations('versions');
  const locale = ctx.locale;
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
    `${t('versionValue', { version: v.version })}${v.status === 'draft' ? ` (${t('status.draft')})` : ''}`;
  const base = `/staff/versions/compare?kind=${kind}${from ? `&from=${from.id}` : ''}${to ? `&to=${to.id}` : ''}`;
  const select = (name: 'from' | 'to', value: string | undefined) => (
    <div className={fieldStyles.field}>
      <label htmlFor={name} className={fieldStyles.label}>
        {name === 'from' ? t('compare.from') : t('compare.to')}
      </label>
      <select id={name} name={name} defaultValue={value} className={fieldStyles.control}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {label(v)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <Page>
      <p className={styles.back}>
        <Link href="/staff/versions">← {t('back')}</Link>
      </p>
      <PageHeader title={t('compare.title')} lead={t('compare.lead')} />
      <Tabs
        label={t('compare.kind')}
        items={versionKinds.map((k) => ({ href: `/staff/versions/compare?kind=${k}&lang=${lang}`, label: t(`${k}.heading`), current: k === kind }))}
      />
      <form className={styles.toolbar} method="get" action="/staff/versions/compare">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="lang" value={lang} />
        {select('from', from?.id)}
        {select('to', to?.id)}
        <div className={styles.toolbarActions}>
          <button type="submit" className={buttonClass()}>
            {t('compare.submit')}
          </button>
        </div>
      </form>
      <LanguageTabs base={base} current={lang} />
      {comparison ? (
        <Card title={t('compare.heading', { from: comparison.from.version, to: comparison.to.version })}>
          <p role="status">{t('compare.counts', comparison.counts)}</p>
          <DiffLegend />
          <VersionDiff rows={comparison.rows} leftLabel={label(comparison.from)} rightLabel={label(comparison.to)} />
        </Card>
      ) : (
        <Callout tone="info">{t('compare.none')}</Callout>
      )}
    </Page>
  );
}
