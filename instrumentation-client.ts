// Runs in the browser before the app hydrates (Next.js instrumentation-client). zod 4 probes once
// per page whether it may compile parsers with `new Function`; under our CSP (no 'unsafe-eval') the
// probe is refused and the browser reports a securitypolicyviolation although zod catches the
// error. jitless skips the probe and the compiled parsers: the forms' few fields do not need them.
// Found by the e2e suite's CSP watch (decision 0131); must run before any schema parses.
//
// zod keeps its configuration on `globalThis.__zod_globalConfig` (zod/v4/core/core.js) and adopts
// an object already there: setting it here keeps zod itself out of every page's first-load
// JavaScript (forms load it with their first submit). lib/http/zod-jitless.test.ts checks that
// zod still reads it.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

export {};
