import { beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '@/db/query-counter';
import type { UserActor } from '@/lib/core/actor';
import { actorFor, contextFor } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { listOpenObjections, OBJECTIONS_PAGE_SIZE } from './list-open-objections';

// The staff objections page is keyset-paged (issue 14): every objection exactly once, in the
// page's order, across pages whose queries do not grow with the rows; the cursor keeps ties apart
// (objections filed in one statement share filed_at to the microsecond), and a cursor past the
// end gives an empty page. Objections to a withdrawn change are not listed.

let privacy: UserActor;
const read = () => contextFor(privacy);

/** A change notice for every organisation, each of which objected; returns its id. */
async function changeWithObjections(daysAhead: number, status: 'announced' | 'withdrawn' = 'announced') {
  const [cn] = await sql<{ id: string }>`
    insert into change_notices (kind, subprocessor_id, title, description, status, announced_at, effective_at, objections_close_at)
    select 'add', id, '{"de":"Paging","en":"Paging"}', '{"de":"B","en":"D"}', ${status}, now() - interval '1 day',
           now() + ${`${daysAhead} days`}::interval, now() + ${`${daysAhead} days`}::interval
    from subprocessors limit 1 returning id`;
  await sql`insert into notices (change_notice_id, org_id) select ${cn!.id}, id from organisations`;
  await sql`insert into objections (change_notice_id, notice_id, org_id, reason)
            select change_notice_id, id, org_id, 'Paging-Test' from notices where change_notice_id = ${cn!.id}`;
  return cn!.id;
}

type Page = Awaited<ReturnType<typeof listOpenObjections>>;

async function walk(state: 'open' | 'decided') {
  const pages: Page[] = [];
  const statements: number[] = [];
  let after: string | undefined;
  await listOpenObjections(read(), { state }); // fills the shared cache (calendar settings) once
  do {
    const counted = await countStatements(() => listOpenObjections(read(), { state, after }));
    pages.push(counted.result);
    statements.push(counted.statements);
    after = counted.result.next ?? undefined;
  } while (after && pages.length < 100);
  return { pages, statements };
}

beforeAll(async () => {
  privacy = await actorFor(demoAccounts.privacy);
  const [{ n } = { n: 0 }] = await sql<{ n: number }>`select count(*)::int as n from organisations`;
  // Enough objections for more than two pages; two changes share their deadline.
  expect(5 * n).toBeGreaterThan(2 * OBJECTIONS_PAGE_SIZE);
  for (const days of [20, 5, 20, 9, 12]) await changeWithObjections(days);
  await changeWithObjections(3, 'withdrawn');
});

describe('the staff objections list, keyset-paged', () => {
  it('pages the open objections: each once, soonest deadline first, the last page without a next one', async () => {
    const [{ open: total } = { open: 0 }] = await sql<{ open: number }>`
      select count(*)::int as open from objections o join change_notices c on c.id = o.change_notice_id
      where o.status = 'open' and c.status <> 'withdrawn'`;
    const { pages, statements } = await walk('open');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages.slice(0, -1)) expect(page.open).toHaveLength(OBJECTIONS_PAGE_SIZE);
    expect(pages.at(-1)!.open.length).toBeGreaterThan(0);
    expect(pages.at(-1)!.next).toBeNull();
    const rows = pages.flatMap((p) => p.open);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows).toHaveLength(total);
    expect(pages.every((p) => p.openCount === total)).toBe(true);
    expect(rows.every((r) => r.changeTitle.de === 'Paging' || r.changeStatus !== 'withdrawn')).toBe(true);
    expect(rows.some((r) => r.changeStatus === 'withdrawn')).toBe(false);
    const deadlines = rows.map((r) => (r.objectionsCloseAt ?? r.effectiveAt).getTime());
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    // Every page costs the same, however far into the list.
    expect(new Set(statements).size).toBe(1);
    expect(statements[0]).toBeLessThanOrEqual(3);
  });

  it('pages the decisions newest first', async () => {
    await sql`update objections set status = 'accepted', decided_at = now() - (random() * interval '30 days')
              where id in (select id from objections where status = 'open' order by id limit 70)`;
    await sql`update objections set status = 'rejected', decided_at = now(), decision_note = 'Nein'
              where id in (select id from objections where status = 'open' order by id limit 40)`;
    const [{ decided: total } = { decided: 0 }] = await sql<{ decided: number }>`
      select count(*)::int as decided from objections where status in ('accepted', 'rejected')`;
    const { pages, statements } = await walk('decided');
    expect(pages.length).toBe(Math.ceil(total / OBJECTIONS_PAGE_SIZE));
    const rows = pages.flatMap((p) => p.decided);
    expect(new Set(rows.map((r) => r.id)).size).toBe(total);
    const times = rows.map((r) => r.decidedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(pages.every((p) => p.open.length === 0 && p.openCount === null)).toBe(true);
    expect(new Set(statements).size).toBe(1);
  });

  it('answers an empty page past the end, and falls back to the first page of open ones for a bad query', async () => {
    const { pages } = await walk('open');
    const last = pages.at(-1)!.open.at(-1)!;
    const past = await listOpenObjections(read(), { state: 'open', after: last.id });
    expect(past.open).toEqual([]);
    expect(past.next).toBeNull();
    const fallback = await listOpenObjections(read(), { state: 'everything', after: 'x' });
    expect(fallback.state).toBe('open');
    expect(fallback.open.map((o) => o.id)).toEqual(pages[0]!.open.map((o) => o.id));
  });

  it('is empty when there is nothing open', async () => {
    await sql`update objections set status = 'withdrawn' where status = 'open'`;
    const none = await listOpenObjections(read());
    expect(none).toMatchObject({ open: [], openCount: 0, next: null });
  });
});
