import { describe, expect, it } from 'vitest';
import { pageOfRegister, STAFF_REGISTER_PAGE_SIZE } from './paging';

const rows = Array.from({ length: 2 * STAFF_REGISTER_PAGE_SIZE + 7 }, (_, i) => i);

describe('the staff register, paged in memory', () => {
  it('gives the first page by default, then the next, and the rest on the last page', () => {
    const first = pageOfRegister(rows, {});
    expect(first).toMatchObject({ page: 1, pageCount: 3 });
    expect(first.rows).toEqual(rows.slice(0, STAFF_REGISTER_PAGE_SIZE));
    const second = pageOfRegister(rows, { page: '2' });
    expect(second.rows[0]).toBe(STAFF_REGISTER_PAGE_SIZE);
    const last = pageOfRegister(rows, { page: '3' });
    expect(last.rows).toEqual(rows.slice(2 * STAFF_REGISTER_PAGE_SIZE));
    expect(last.rows).toHaveLength(7);
  });

  it('clamps a page past the end to the last and anything else to the first', () => {
    expect(pageOfRegister(rows, { page: '99' }).page).toBe(3);
    for (const page of ['0', '-1', 'x', '1e3', ['2', '3']]) expect(pageOfRegister(rows, { page }).page).toBe(1);
  });

  it('has one empty page when nothing matches (the page shows its empty state)', () => {
    expect(pageOfRegister([], { page: '4' })).toMatchObject({ page: 1, pageCount: 1, rows: [] });
  });

  it('keeps the filters in the links and leaves page 1 out', () => {
    const { hrefFor } = pageOfRegister(rows, { country: 'US', view: 'all', page: '2', empty: '' });
    expect(hrefFor(3)).toBe('/staff/register?country=US&view=all&page=3');
    expect(hrefFor(1)).toBe('/staff/register?country=US&view=all');
    expect(pageOfRegister(rows, {}).hrefFor(1)).toBe('/staff/register');
  });
});
