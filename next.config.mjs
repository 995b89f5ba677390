import createNextIntlPlugin from 'next-intl/plugin';

/**
 * The largest request body the app reads: the verify page uploads a PDF of up to 10 MB
 * (lib/verify/verify-schema.ts) to a server action, plus room for the multipart overhead. server.mjs
 * answers 413 above it, before Next.js would (with a 500).
 */
export const MAX_REQUEST_BODY_BYTES = 11 * 1024 * 1024;

// next-intl reads its request configuration (locale from cookie or Accept-Language, no i18n routing).
// The catalogues are precompiled at build time, so browsers get no ICU parser (about 10 kB gzip less
// on every page; bench/results.md).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    messages: { path: './lib/i18n/messages', format: 'json', locales: ['de', 'en'], sourceLocale: 'de', precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  // The seal's libraries (lib/seal) run as published, in Node.js, not bundled; pdf-lib too, so that
  // @signpdf/placeholder-pdf-lib and our renderer share one copy (two copies lose the placeholder).
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'nodemailer', 'node-forge', 'pkijs', 'asn1js', '@signpdf/signpdf', '@signpdf/utils', '@signpdf/placeholder-pdf-lib', 'pdf-lib'],
  poweredByHeader: false,
  experimental: {
    // forbidden() / unauthorized() render app/forbidden.tsx with a real 403.
    authInterrupts: true,
    // The default 1 MB would refuse the verify upload before our field message could.
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
    // proxy.ts reads action bodies to refuse malformed ones; Next.js buffers them for it and would
    // silently cut a body at the default 10 MB.
    proxyClientMaxBodySize: MAX_REQUEST_BODY_BYTES,
  },
  // Security headers: server.mjs sets them on every response (also on errors Next.js answers
  // before this config applies); proxy.ts sets the Content-Security-Policy of pages.
};

export default withNextIntl(nextConfig);
