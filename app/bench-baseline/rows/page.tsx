// Baseline 3 of the benchmark: a bare server-rendered page that prints ?rows=N organisations from
// one query (no session, no authorization, no client components), inside the same root layout as
// every page. The bench sizes N so that its HTML matches the page it stands beside.
import { asc } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { organisations } from '@/db/schema';
import { requireBenchBaselines, rowsParam } from '../enabled';

type Props = { searchParams: Promise<{ rows?: string | string[] }> };

export default async function RowsBaselinePage({ searchParams }: Props) {
  requireBenchBaselines();
  const rows = await getDb()
    .select({ id: organisations.id, customerNumber: organisations.customerNumber, legalName: organisations.legalName, city: organisations.city })
    .from(organisations)
    .orderBy(asc(organisations.customerNumber))
    .limit(rowsParam((await searchParams).rows));
  return (
    <main>
      <h1>Rows baseline</h1>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.customerNumber}</td>
              <td>{row.legalName}</td>
              <td>{row.city}</td>
              <td>{row.id}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
