// Styles first, in this order: tokens, the base, the feature styles not yet beside their routes;
// every component's CSS Module comes after them.
import './_components/ui/tokens.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/authorize';
import type { UserActor as Actor } from '@/lib/core/actor';
import { getSettings, type ProviderSettings } from '@/lib/core/settings';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getLocale } from '@/lib/i18n/server';
import { AppFooter } from './_components/app-footer';
import { AppHeader } from './_components/app-header';
import shell from './layout.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: { default: t('common.appName'), template: `%s · ${t('common.appName')}` },
    description: t('footer.tagline'),
    robots: { index: false, follow: false },
    // Files in public/: drawn once as public/icon.svg, rendered by scripts/render-icons.mjs.
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
    manifest: '/manifest.webmanifest',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d4a73' };

// The shell only shows who is signed in; it authorizes nothing (every page does that itself).
// A failing lookup must not take the error and not-found pages down with it, so it degrades to
// an anonymous header and a footer without provider data.
async function shellData(): Promise<{ actor: Actor | null; provider: ProviderSettings | null }> {
  const [actor, provider] = await Promise.all([
    getActor().catch((error: unknown) => {
      console.error('[layout] actor lookup failed', error);
      return null;
    }),
    getSettings().catch((error: unknown) => {
      console.error('[layout] provider settings lookup failed', error);
      return null;
    }),
  ]);
  return { actor, provider };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The locale first: reading the cookie marks every page dynamic before the shell looks anyone up
  // (shellData's fallback would otherwise swallow Next's "dynamic rendering" signal).
  const locale = await getLocale();
  const [t, { actor, provider }] = await Promise.all([getTranslations('nav'), shellData()]);
  return (
    <html lang={locale}>
      <body>
        <a className={shell.skipLink} href="#main">
          {t('skipToContent')}
        </a>
        {/* The base namespaces for every client component (the kit, the error page); a client
            subtree that needs more gets its own <ClientMessages namespaces={…}>. */}
        <ClientMessages>
          <div className={shell.shell}>
            <AppHeader actor={actor} providerName={provider?.providerName ?? null} />
            {/* Each page renders its own <main id="main"> (the kit's Page), the skip link's target. */}
            <div className={shell.content}>{children}</div>
            <AppFooter provider={provider} />
          </div>
        </ClientMessages>
      </body>
    </html>
  );
}
