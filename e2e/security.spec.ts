import { expect, demoAccounts, mailsTo, test } from './support/fixtures';

// [SECURITY]: what issue 7 found in the browser, on the app as the suite runs it (http://127.0.0.1,
// see playwright.config.ts). Status codes and headers for every route are in request-fuzz.spec.ts;
// the https deployment and client addresses in production-server.spec.ts.

test.describe('[SECURITY][CSP]', () => {
  test('pages carry a fresh nonce; the app runs under it, an injected inline script does not', async ({ browser, baseURL }) => {
    // A page of its own: the violation below is the point here, not a failure.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const first = await page.goto('/sign-in');
    const policy = first!.headers()['content-security-policy'] ?? '';
    const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    const second = await page.request.get('/sign-in');
    expect(second.headers()['content-security-policy']).not.toContain(nonce);

    // Next.js's own scripts carry the nonce; the page is interactive (the form validates client-side).
    const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((n) => n === nonce)).toBe(true);
    await page.getByLabel('E-Mail-Adresse').fill('not-an-address');
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await expect(page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein')).toBeVisible();
    expect(violations).toEqual([]);

    // What stored XSS would try: an inline script without the nonce is blocked.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await context.close();
  });
});

test.describe('[SECURITY][ORIGIN]', () => {
  test('a server action replayed without Origin, or from another site, is refused and does nothing', async ({ page, baseURL }) => {
    const email = demoAccounts.member;
    // Capture the real request the sign-in form sends.
    await page.goto('/sign-in');
    const sent = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    const request = await sent;
    const headers = await request.allHeaders();
    expect(headers.origin).toBe(new URL(baseURL!).origin);
    await expect(page.getByRole('status')).toBeVisible();

    // Replays: the same body and action, without Origin / with a foreign one.
    const mailsBefore = (await mailsTo(email)).length;
    const replay = (extra: Record<string, string>) =>
      page.request.post('/sign-in', {
        headers: { 'next-action': headers['next-action']!, 'content-type': headers['content-type']!, ...extra },
        data: request.postDataBuffer()!,
        maxRedirects: 0,
      });
    expect((await replay({})).status()).toBe(403);
    expect((await replay({ origin: 'https://evil.example' })).status()).toBe(403);
    expect((await replay({ origin: 'null' })).status()).toBe(403);
    // Sec-Fetch-Site: same-origin stands for a browser that left Origin out.
    expect((await replay({ 'sec-fetch-site': 'same-origin' })).status()).toBe(200);
    await expect.poll(async () => (await mailsTo(email)).length, { timeout: 10_000 }).toBe(mailsBefore + 1);
    await page.waitForTimeout(1500); // the worker polls every second: a refused replay must not have queued a mail
    expect((await mailsTo(email)).length).toBe(mailsBefore + 1);
  });
});

test.describe('[SECURITY][OPEN_REDIRECT]', () => {
  test('a signed-in user is never sent off the portal by a crafted callbackUrl', async ({ page, login, baseURL }) => {
    await login('support');
    const origin = new URL(baseURL!).origin;
    for (const target of ['%2F%09%2Fevil.example', '%2F%0A%2Fevil.example', '%2F%5Cevil.example', '%2F%2Fevil.example', 'https%3A%2F%2Fevil.example', '%2F.%2F%2Fevil.example']) {
      const response = await page.request.get(`/sign-in?callbackUrl=${target}`, { maxRedirects: 0 });
      const location = response.headers().location ?? '';
      expect(new URL(location, `${origin}/sign-in`).origin, `${target} -> ${location}`).toBe(origin);
    }
    await page.goto('/sign-in?callbackUrl=%2F%09%2Fevil.example');
    expect(new URL(page.url()).origin).toBe(origin);
  });
});

test.describe('[SECURITY][SESSION]', () => {
  test('the session endpoint gives page script name, e-mail and locale, never the session token', async ({ page, login }) => {
    await login('signatory');
    const token = (await page.context().cookies()).find((c) => c.name.endsWith('authjs.session-token'))!.value;
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).text());
    expect(session).not.toContain(token);
    const parsed = JSON.parse(session) as { user: Record<string, unknown> };
    expect(Object.keys(parsed).sort()).toEqual(['expires', 'user']);
    expect(parsed.user).toEqual({ name: expect.any(String), email: demoAccounts.signatory, locale: 'de' });
  });
});
