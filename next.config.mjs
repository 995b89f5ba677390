import createNextIntlPlugin from 'next-intl/plugin';

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
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'nodemailer'],
  poweredByHeader: false,
  experimental: {
    // forbidden() / unauthorized() render app/forbidden.tsx with a real 403.
    authInterrupts: true,
    // The verify page uploads a PDF of up to 10 MB (lib/verify/verify-schema.ts) to a server
    // action; the default 1 MB would refuse it before our field message could. 11 MB leaves room
    // for the multipart overhead; larger bodies are refused by Next.js itself.
    serverActions: { bodySizeLimit: '11mb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
