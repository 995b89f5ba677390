import { config } from 'zod/v4/core';

// Runs in the browser before the app hydrates (Next.js instrumentation-client). zod 4 probes once
// per page whether it may compile parsers with `new Function`; under our CSP (no 'unsafe-eval') the
// probe is refused and the browser reports a securitypolicyviolation although zod catches the
// error. jitless skips the probe and the compiled parsers: the forms' few fields do not need them.
// Found by the e2e suite's CSP watch (decision 0131); must run before any schema is built.
config({ jitless: true });
