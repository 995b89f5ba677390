import { allowCspViolations, expect, demoAccounts, mailsTo, test } from './support/fixtures';

// [SECURITY]: what issue 7 found in the browser, on the app as the suite runs it (http://127.0.0.1,
// see playwright.config.ts). Status codes and headers for every route are in request-fuzz.spec.ts;
// the https deployment and client addresses in production-server.spec.ts.

test.describe('[SECURITY][CSP]', () => {
  test('pages carry a fresh nonce; the app runs under it, an injected inline handler does not', async ({ browser, baseURL }) => {
    // A page of its own: the violation below is the point here, not a failure.
    const context = await browser.newContext({ baseURL });
    allowCspViolations(context);
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

    // Every script Next.js renders carries the nonce (chunks it loads later are trusted through
    // 'strict-dynamic'); the page is interactive (the form validates client-side).
    const scripts = (await first!.text()).match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
    await page.getByLabel('E-Mail-Adresse').fill('not-an-address');
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await expect(page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein')).toBeVisible();
    expect(violations).toEqual([]);

    // What stored XSS would try: markup with an inline event handler. Without 'unsafe-inline' it
    // does not run (the browser reports the violation instead).
    const ran = await page.evaluate(async () => {
      const box = document.createElement('div');
      box.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">';
      document.body.append(box);
      await new Promise((resolve) => setTimeout(resolve, 500));
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
    const count = async () => (await mailsTo(email)).length;
    const before = await count();
    // Capture the real request the sign-in form sends.
    await page.goto('/sign-in');
    const sent = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    const request = await sent;
    const headers = await request.allHeaders();
    expect(headers.origin).toBe(new URL(baseURL!).origin);
    await expect(page.getByRole('status')).toBeVisible();
    await expect.poll(count, { timeout: 10_000 }).toBe(before + 1);

    // Replays: the same body and action, without Origin / with a foreign one.
    const replay = (extra: Record<string, string>) =>
      page.request.post('/sign-in', {
        headers: { 'next-action': headers['next-action']!, 'content-type': headers['content-type']!, ...extra },
        data: request.postDataBuffer()!,
        maxRedirects: 0,
      });
    expect((await replay({})).status()).toBe(403);
    expect((await replay({ origin: 'https://evil.example' })).status()).toBe(403);
    expect((await replay({ origin: 'null' })).status()).toBe(403);
    // Sec-Fetch-Site: same-origin stands for a browser that left Origin out: that one runs.
    expect((await replay({ 'sec-fetch-site': 'same-origin' })).status()).toBe(200);
    await expect.poll(count, { timeout: 10_000 }).toBe(before + 2);
    await page.waitForTimeout(1500); // the worker polls every second: a refused replay must not have queued a mail
    expect(await count()).toBe(before + 2);
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
