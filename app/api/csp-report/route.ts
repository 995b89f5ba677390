// POST /api/csp-report - Content-Security-Policy violation reports from browsers (report-uri)
// GET  /api/csp-report - this process's counters since start-up (the e2e suite's CSP figure)
// Public by design, like /api/health: browsers send reports without cookies and often without an
// Origin (lib/http/same-origin.ts lets this one path through), so there is nobody to authorize. The
// handler touches no session and no database; the body is size-limited, zod-validated, and the log
// lines are capped per minute (lib/http/csp-report.ts, decision 0130).
import { NextResponse } from 'next/server';
import { readLimitedBody } from '@/lib/http/read-limited-body';
import { CSP_REPORT_MAX_BYTES, countRejectedCspReport, cspReportCounts, parseCspReport, recordCspViolations } from '@/lib/http/csp-report';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

function refuse(status: 400 | 413) {
  countRejectedCspReport();
  return new NextResponse(null, { status, headers: noStore });
}

export async function POST(request: Request) {
  const bytes = await readLimitedBody(request, CSP_REPORT_MAX_BYTES).catch(() => undefined);
  if (bytes === undefined) return refuse(400); // the browser stopped sending it
  if (bytes === null) return refuse(413);
  const raw = Buffer.from(bytes).toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return refuse(400);
  }
  const violations = parseCspReport(request.headers.get('content-type') ?? '', body);
  if (!violations) return refuse(400);
  recordCspViolations(violations);
  return new NextResponse(null, { status: 204, headers: noStore });
}

/** Three integers, no report content: what the e2e suite sums into its CSP figure. */
export function GET() {
  return NextResponse.json(cspReportCounts(), { headers: noStore });
}
