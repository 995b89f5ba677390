// Sorting for DataTable, in German collation: "Bäckerei" before "Brauerei", "Ökostrom" with the
// O's, "K-10002" before "K-10010" (numeric). Code-point order would put every umlaut last.

export type SortValue = string | number | null | undefined;
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

const isEmpty = (value: SortValue) => value === null || value === undefined || value === '';

/** Empty values sort last: a missing date is not "the earliest". */
export function compareSortValues(a: SortValue, b: SortValue): number {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) === isEmpty(b) ? 0 : isEmpty(a) ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortRows<R extends { sort?: Partial<Record<string, SortValue>> }>(rows: readonly R[], key: string, direction: SortDirection): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.sort?.[key];
    const y = b.sort?.[key];
    // Empty values stay last in both directions.
    return isEmpty(x) || isEmpty(y) ? compareSortValues(x, y) : sign * compareSortValues(x, y);
  });
}
