import type { Metadata, Viewport } from 'next';
import { getActor } from '@/lib/auth/authorize';
import type { UserActor as Actor } from '@/lib/core/actor';
import { getT } from '@/lib/i18n/server';
import { getSettings, type ProviderSettings } from '@/lib/core/settings';
import { AppFooter } from './_components/app-footer';
import { AppHeader } from './_components/app-header';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return {
    title: { default: t('common.appName'), template: `%s · ${t('common.appName')}` },
    description: t('footer.tagline'),
    robots: { index: false, follow: false },
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
  const { locale, t } = await getT();
  const { actor, provider } = await shellData();
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        <div className="shell">
          <AppHeader actor={actor} locale={locale} t={t} providerName={provider?.providerName ?? null} />
          {/* Each page renders its own <main id="main">, the skip link's target. */}
          <div className="shell-content">{children}</div>
          <AppFooter provider={provider} t={t} />
        </div>
      </body>
    </html>
  );
}
