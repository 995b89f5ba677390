import 'server-only';
import { notFound } from 'next/navigation';

// The benchmark's baselines (bench/README.md, decision 0101) exist only when the server runs with
// BENCH_BASELINES=1; otherwise every one of them is a 404, like a route that does not exist. They
// read nothing private: organisation names and cities, as the staff list shows them to staff.
export function benchBaselinesEnabled(): boolean {
  return process.env.BENCH_BASELINES === '1';
}

export function requireBenchBaselines(): void {
  if (!benchBaselinesEnabled()) notFound();
}

export function notFoundResponse(): Response {
  return Response.json({ error: 'NOT_FOUND' }, { status: 404 });
}

/** ?rows=N, 1..2000, default 50. */
export function rowsParam(value: string | string[] | null | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 2000 ? n : 50;
}
