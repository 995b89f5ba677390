import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Translate } from '@/lib/i18n/translate';
import { ChevronIcon } from './icons';
import styles from './pagination.module.css';
import { buttonClass } from './ui/button';

type Props = {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** Ignored (next-intl translates); old callers still pass it. */
  t?: Translate;
};

/** Prev / "page n of m" / next as plain links, so every page of a list is linkable. */
export async function Pagination({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('pagination');
  const look = buttonClass({ variant: 'secondary', size: 'small' });
  return (
    <nav className={styles.pagination} aria-label={t('label')}>
      {page > 1 ? (
        <Link className={look} href={hrefFor(page - 1)} rel="prev">
          <ChevronIcon direction="left" /> {t('previous')}
        </Link>
      ) : (
        <span className={look} aria-disabled="true">
          <ChevronIcon direction="left" /> {t('previous')}
        </span>
      )}
      <p className={styles.status} aria-current="page">
        {t('pageOf', { page, pages: pageCount })}
      </p>
      {page < pageCount ? (
        <Link className={look} href={hrefFor(page + 1)} rel="next">
          {t('next')} <ChevronIcon />
        </Link>
      ) : (
        <span className={look} aria-disabled="true">
          {t('next')} <ChevronIcon />
        </span>
      )}
    </nav>
  );
}
