'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { ChevronIcon } from '../icons';
import styles from './data-table.module.css';
import { EmptyState } from './empty-state';
import { sortRows, type SortDirection, type SortValue } from './sort-rows';

export type Column = {
  key: string;
  label: string;
  /** Sort by this column in the browser (German collation); the row gives `sort[key]`. */
  sortable?: boolean;
  /** Numbers and amounts: right-aligned on wide screens. */
  align?: 'start' | 'end';
  /** On phones the value goes under its label, at the card's full width: buttons, long badges. */
  below?: boolean;
};

export type Row = {
  key: string;
  /** One rendered cell per column key (server components render them; they stay server-rendered). */
  cells: Record<string, React.ReactNode>;
  /** Plain values to sort by, per sortable column. */
  sort?: Partial<Record<string, SortValue>>;
};

type Props = {
  /** Names the table for screen readers; shown unless `captionHidden`. */
  caption: string;
  captionHidden?: boolean;
  columns: readonly Column[];
  rows: readonly Row[];
  /** The first column names the row (a <th scope="row">): the organisation, the subprocessor. */
  rowHeader?: boolean;
  /** Rows carry a RowLink: the whole row is clickable. */
  linkedRows?: boolean;
  /** Inside a Card: no frame of its own. */
  plain?: boolean;
  initialSort?: { key: string; direction: SortDirection };
  /** Shown instead of an empty table. */
  empty?: React.ReactNode;
};

/**
 * A table that stacks into one card per row on phones (each value with its column name), with
 * optional sortable headers (aria-sort, a button per header) and an empty state.
 */
export function DataTable({ caption, captionHidden = false, columns, rows, rowHeader = true, linkedRows = false, plain = false, initialSort, empty }: Props) {
  const t = useTranslations('ui.table');
  const [sort, setSort] = useState(initialSort ?? null);
  if (rows.length === 0) return <>{empty ?? <EmptyState title={t('empty')} />}</>;

  const shown = sort ? sortRows(rows, sort.key, sort.direction) : rows;
  const toggle = (key: string) =>
    setSort((current) => ({
      key,
      direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <div className={[styles.wrap, plain && styles.plain, linkedRows && styles.linked].filter(Boolean).join(' ')}>
      <table className={styles.table}>
        <caption className={captionHidden ? 'visually-hidden' : styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.align === 'end' ? styles.end : undefined}
                aria-sort={sort?.key === column.key ? sort.direction : undefined}
              >
                {column.sortable ? (
                  <button type="button" className={styles.sort} onClick={() => toggle(column.key)}>
                    {column.label}
                    <ChevronIcon direction="up" className={styles.sortIcon} />
                    <span className="visually-hidden">{t('sortHint')}</span>
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.key}>
              {columns.map((column, index) => {
                const Cell = rowHeader && index === 0 ? 'th' : 'td';
                return (
                  <Cell
                    key={column.key}
                    scope={Cell === 'th' ? 'row' : undefined}
                    data-label={column.label}
                    className={[column.align === 'end' && styles.end, column.below && styles.below].filter(Boolean).join(' ') || undefined}
                  >
                    {row.cells[column.key]}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
