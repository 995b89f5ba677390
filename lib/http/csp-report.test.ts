import { beforeEach, describe, expect, it } from 'vitest';
import { CSP_REPORT_LOG_PER_MINUTE, cspReportCounts, parseCspReport, recordCspViolations, resetCspReportCountsForTests } from './csp-report';

describe('parseCspReport', () => {
  it('reads a report-uri body', () => {
    const body = { 'csp-report': { 'document-uri': 'https://a.example/x', 'blocked-uri': 'inline', 'violated-directive': 'script-src-elem', 'line-number': 3 } };
    expect(parseCspReport('application/csp-report', body)).toEqual([
      { document: 'https://a.example/x', blocked: 'inline', directive: 'script-src-elem', source: null, line: 3, disposition: null },
    ]);
  });

  it('reads the Reporting API list and keeps only csp-violation reports', () => {
    const body = [
      { type: 'csp-violation', url: 'https://a.example/y', body: { blockedURL: 'https://evil.example/s.js', effectiveDirective: 'script-src-elem', disposition: 'enforce' } },
      { type: 'deprecation', url: 'https://a.example/y', body: {} },
    ];
    expect(parseCspReport('application/reports+json', body)).toEqual([
      { document: 'https://a.example/y', blocked: 'https://evil.example/s.js', directive: 'script-src-elem', source: null, line: null, disposition: 'enforce' },
    ]);
  });

  it('refuses other content types, other shapes and oversized fields', () => {
    expect(parseCspReport('text/plain', { 'csp-report': {} })).toBeNull();
    expect(parseCspReport('application/csp-report', { hello: 1 })).toBeNull();
    expect(parseCspReport('application/csp-report', { 'csp-report': { 'blocked-uri': 'x'.repeat(3000) } })).toBeNull();
    expect(parseCspReport('application/reports+json', Array.from({ length: 101 }, () => ({ type: 'x' })))).toBeNull();
  });
});

describe('recordCspViolations', () => {
  beforeEach(resetCspReportCountsForTests);

  it('counts every violation and logs one JSON line each, up to the per-minute cap', () => {
    const lines: string[] = [];
    const violation = { document: '/a', blocked: 'inline', directive: 'style-src-elem', source: null, line: null, disposition: 'enforce' };
    recordCspViolations(Array.from({ length: CSP_REPORT_LOG_PER_MINUTE + 5 }, () => violation), 1_000_000, (l) => lines.push(l));
    expect(lines).toHaveLength(CSP_REPORT_LOG_PER_MINUTE);
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: 'csp-violation', blocked: 'inline' });
    expect(cspReportCounts()).toEqual({ violations: CSP_REPORT_LOG_PER_MINUTE + 5, rejected: 0, unlogged: 5 });
    recordCspViolations([violation], 1_000_000 + 60_000, (l) => lines.push(l));
    expect(lines).toHaveLength(CSP_REPORT_LOG_PER_MINUTE + 1);
  });
});
