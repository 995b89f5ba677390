import Link from 'next/link';
import type { Translate } from '@/lib/i18n/translate';
import { ChevronIcon } from './icons';

/** Prev / "page n of m" / next as plain links, so every page of a list is linkable. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  t,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  t: Translate;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <Link className="button button-secondary" href={hrefFor(page - 1)} rel="prev">
          <ChevronIcon direction="left" /> {t('pagination.previous')}
        </Link>
      ) : (
        <span className="button button-secondary" aria-disabled="true">
          <ChevronIcon direction="left" /> {t('pagination.previous')}
        </span>
      )}
      <p className="pagination-status" aria-current="page">
        {t('pagination.pageOf', { page, pages: pageCount })}
      </p>
      {page < pageCount ? (
        <Link className="button button-secondary" href={hrefFor(page + 1)} rel="next">
          {t('pagination.next')} <ChevronIcon />
        </Link>
      ) : (
        <span className="button button-secondary" aria-disabled="true">
          {t('pagination.next')} <ChevronIcon />
        </span>
      )}
    </nav>
  );
}
