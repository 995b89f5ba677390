// Baseline 2 of the benchmark: a bare dynamic route handler. ?rows=N answers N organisations as
// JSON from one query; ?phone=+49… answers the support lookup's core as one query (organisation by
// a stored E.164 number), without token, rate limit, transaction or audit - what the API's
// lookup stands beside (issue 10). ?empty=1 answers an empty list without a query: what Next.js
// costs a route handler that does nothing, the floor under every API figure (decision 0150).
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { organisations, phoneNumbers } from '@/db/schema';
import { benchBaselinesEnabled, notFoundResponse, rowsParam } from '../enabled';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  if (!benchBaselinesEnabled()) return notFoundResponse();
  const params = new URL(request.url).searchParams;
  if (params.has('empty')) return Response.json({ results: [] }, { headers: { 'Cache-Control': 'no-store' } });
  const phone = params.get('phone');
  const db = getDb();
  const columns = { id: organisations.id, customerNumber: organisations.customerNumber, legalName: organisations.legalName, city: organisations.city };
  const rows = phone
    ? await db.selectDistinct(columns).from(phoneNumbers).innerJoin(organisations, eq(organisations.id, phoneNumbers.orgId)).where(eq(phoneNumbers.normalized, phone))
    : await db.select(columns).from(organisations).orderBy(asc(organisations.customerNumber)).limit(rowsParam(params.get('rows')));
  return Response.json({ results: rows }, { headers: { 'Cache-Control': 'no-store' } });
}
