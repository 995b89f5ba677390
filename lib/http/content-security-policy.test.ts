import { describe, expect, it } from 'vitest';
import { newNonce, pageContentSecurityPolicy } from './content-security-policy';

describe('pageContentSecurityPolicy', () => {
  it('allows scripts only with the nonce, no inline scripts, no framing; upgrades only for https', () => {
    const policy = pageContentSecurityPolicy('abc', { https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("style-src 'self' 'nonce-abc'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(pageContentSecurityPolicy('abc', { https: true })).toContain('upgrade-insecure-requests');
  });

  it('relaxes only what `next dev` needs', () => {
    const policy = pageContentSecurityPolicy('abc', { https: false, dev: true });
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('lets forms lead only to our origin, plus the origins a page names (the identity provider on /sign-in)', () => {
    expect(pageContentSecurityPolicy('abc', { https: true })).toContain("form-action 'self';");
    expect(pageContentSecurityPolicy('abc', { https: true, formTargets: ['https://login.example.com'] })).toContain(
      "form-action 'self' https://login.example.com;",
    );
  });

  it('sends violation reports to our own endpoint', () => {
    expect(pageContentSecurityPolicy('abc', { https: true })).toMatch(/; report-uri \/api\/csp-report$/);
  });

  it('makes a new 128-bit nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
