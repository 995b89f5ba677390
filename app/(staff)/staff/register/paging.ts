/** Rows per page of the staff register: at 500 subprocessors the whole list was some 400 KB of HTML (issue 14). */
export const STAFF_REGISTER_PAGE_SIZE = 50;

type Params = Record<string, string | string[] | undefined>;

/**
 * One page of rows already read (the register comes from the shared cache, so paging it in memory
 * costs no statement): the requested `page` clamped to the pages there are, the first for anything
 * else; and the link to another page, keeping the filters of `params`.
 */
export function pageOfRegister<T>(rows: readonly T[], params: Params, pathname = '/staff/register', size = STAFF_REGISTER_PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const raw = typeof params.page === 'string' && /^\d{1,6}$/.test(params.page) ? Number(params.page) : 1;
  const page = Math.min(Math.max(raw, 1), pageCount);
  const hrefFor = (p: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (key !== 'page' && typeof value === 'string' && value !== '') query.set(key, value);
    if (p > 1) query.set('page', String(p));
    const text = query.toString();
    return text ? `${pathname}?${text}` : pathname;
  };
  return { page, pageCount, rows: rows.slice((page - 1) * size, page * size), hrefFor };
}
