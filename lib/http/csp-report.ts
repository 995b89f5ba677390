// CSP violation reports the browsers send to /api/csp-report (decision 0130). Two formats:
//   report-uri (CSP Level 2): Content-Type application/csp-report, body {"csp-report": {...}}
//   Reporting API (report-to): Content-Type application/reports+json, body [{type, body: {...}}, ...]
// Both are reduced to one shape, written to the server log as one JSON line each and counted per
// process. Nothing is stored in the database: a report is untrusted text from anyone, and the log is
// where an operator looks when a page breaks.
import { z } from 'zod';

export const CSP_REPORT_MAX_BYTES = 16 * 1024;
/** Log lines per process and minute; reports beyond it are counted, not logged (a flood fills no disk). */
export const CSP_REPORT_LOG_PER_MINUTE = 60;

const text = (max: number) => z.string().max(max).optional();
const url = text(2048);

/** report-uri's body (field names with dashes). */
const legacyReport = z.object({
  'csp-report': z.object({
    'document-uri': url,
    'blocked-uri': url,
    'violated-directive': text(500),
    'effective-directive': text(500),
    'source-file': url,
    'line-number': z.number().int().nonnegative().optional(),
    disposition: text(20),
  }),
});

/** The Reporting API's body: a list of reports, only those of type csp-violation are ours. */
const reportingApiReports = z
  .array(
    z.object({
      type: z.string().max(100),
      url: url,
      body: z
        .object({
          documentURL: url,
          blockedURL: url,
          effectiveDirective: text(500),
          sourceFile: url,
          lineNumber: z.number().int().nonnegative().optional(),
          disposition: text(20),
        })
        .optional(),
    }),
  )
  .max(100);

export type CspViolation = {
  document: string | null;
  blocked: string | null;
  directive: string | null;
  source: string | null;
  line: number | null;
  disposition: string | null;
};

/** The violations in a report body, or null when the body is not a CSP report of a known format. */
export function parseCspReport(contentType: string, body: unknown): CspViolation[] | null {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/csp-report' || type === 'application/json') {
    const parsed = legacyReport.safeParse(body);
    if (parsed.success) {
      const r = parsed.data['csp-report'];
      return [
        {
          document: r['document-uri'] ?? null,
          blocked: r['blocked-uri'] ?? null,
          directive: r['effective-directive'] ?? r['violated-directive'] ?? null,
          source: r['source-file'] ?? null,
          line: r['line-number'] ?? null,
          disposition: r.disposition ?? null,
        },
      ];
    }
  }
  if (type === 'application/reports+json' || type === 'application/json') {
    const parsed = reportingApiReports.safeParse(body);
    if (parsed.success) {
      return parsed.data
        .filter((r) => r.type === 'csp-violation' && r.body)
        .map((r) => ({
          document: r.body!.documentURL ?? r.url ?? null,
          blocked: r.body!.blockedURL ?? null,
          directive: r.body!.effectiveDirective ?? null,
          source: r.body!.sourceFile ?? null,
          line: r.body!.lineNumber ?? null,
          disposition: r.body!.disposition ?? null,
        }));
    }
  }
  return null;
}

type Counts = { violations: number; rejected: number; unlogged: number };
type State = Counts & { windowStart: number; loggedInWindow: number };

// On globalThis: one set of counters per process, whichever module copy the route gets.
const store = globalThis as typeof globalThis & { __cspReports?: State };
const state = (): State => (store.__cspReports ??= { violations: 0, rejected: 0, unlogged: 0, windowStart: 0, loggedInWindow: 0 });

/** Counts the violations and logs each as one JSON line, at most CSP_REPORT_LOG_PER_MINUTE a minute. */
export function recordCspViolations(violations: CspViolation[], now = Date.now(), log: (line: string) => void = console.warn) {
  const s = state();
  if (now - s.windowStart >= 60_000) {
    s.windowStart = now;
    s.loggedInWindow = 0;
  }
  for (const violation of violations) {
    s.violations++;
    if (s.loggedInWindow >= CSP_REPORT_LOG_PER_MINUTE) {
      s.unlogged++;
      continue;
    }
    s.loggedInWindow++;
    log(JSON.stringify({ event: 'csp-violation', at: new Date(now).toISOString(), ...violation }));
  }
}

export function countRejectedCspReport() {
  state().rejected++;
}

/** The counters of this process since it started. */
export function cspReportCounts(): Counts {
  const { violations, rejected, unlogged } = state();
  return { violations, rejected, unlogged };
}

/** Tests only. */
export function resetCspReportCountsForTests() {
  delete store.__cspReports;
}
