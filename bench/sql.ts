// Issue 10's benchmark beside the API: the support lookup as one bare SQL query at the same
// concurrency (postgres.js, no Next.js, no token, no transaction, no audit), and EXPLAIN of the
// name search, to show it uses its trigram index at production size. PostgreSQL only.
import postgres from 'postgres';
import type { BenchFixture } from './prepare-db';

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

/** Runs `query` from `connections` clients for `seconds`; req/s, p50 and p99 in ms. */
async function hammer(query: () => Promise<unknown>, connections: number, seconds: number) {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        await query();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** The organisation-name branch of lib/support/search-customers.ts: nearest first (decision 0140). */
export const nameBranchSql = `select id, legal_name from organisations
  where $1 <% lower(legal_name) or lower(legal_name) like '%' || $1 || '%'
  order by $1 <<-> lower(legal_name) limit 200`;

export async function bareLookup(url: string, fixture: BenchFixture, connections: number, seconds: number): Promise<string> {
  const sql = postgres(url, { max: connections, onnotice: () => {} });
  try {
    const e164 = '+497022123456';
    const phone = () => sql`select distinct o.id, o.customer_number, o.legal_name from phone_numbers p join organisations o on o.id = p.org_id where p.normalized = ${e164}`;
    const name = () => sql.unsafe(nameBranchSql, ['hofmann']);
    await hammer(phone, connections, 1);
    const byPhone = await hammer(phone, connections, seconds);
    await hammer(name, connections, 1);
    const byName = await hammer(name, connections, seconds);
    const f = (n: number) => (n < 10 ? n.toFixed(2) : Math.round(n).toString());
    return `### The lookup as bare SQL (postgres.js, ${connections} clients, ${seconds} s, no HTTP)

| query | req/s | p50 | p99 |
|---|---:|---:|---:|
| organisation by phone (${fixture.phone} as E.164, phone_numbers_normalized_idx) | ${Math.round(byPhone.rps)} | ${f(byPhone.p50)} | ${f(byPhone.p99)} |
| organisations by name ('hofmann', trigram \`<%\` or \`like\`, nearest 200 by \`<<->\`) | ${Math.round(byName.rps)} | ${f(byName.p50)} | ${f(byName.p99)} |`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function explainNameSearch(url: string, q: string): Promise<string> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const explain = async (text: string, params: string[]) =>
      (await sql.unsafe(`explain (analyze, buffers, costs off) ${text}`, params)).map((r) => String(r['QUERY PLAN'])).join('\n');
    const organisations = await explain(nameBranchSql, [q]);
    const contacts = await explain(`select org_id from contacts where $1 <% lower(name) or lower(name) like '%' || $1 || '%' order by $1 <<-> lower(name) limit 200`, [q]);
    return `### EXPLAIN of the name search ('${q}') at production size

The organisation-name branch of lib/support/search-customers.ts:

\`\`\`
${organisations}
\`\`\`

The contact-name branch:

\`\`\`
${contacts}
\`\`\``;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
