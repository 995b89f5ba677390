import 'server-only';
import { NextIntlClientProvider } from 'next-intl';
import { catalogues, type Namespace } from './catalogues';
import { getLocale } from './server';
import { timeZone } from './translate';

/** What every client component may use: the kit's words, validation messages, the error page. */
export const baseNamespaces = ['common', 'validation', 'ui', 'errorPage'] as const satisfies readonly Namespace[];

/**
 * Hands a client subtree the catalogues it uses, and only those: every message sent here travels
 * in the page's payload. Wrap the client component where the server renders it:
 *   <ClientMessages namespaces={['verify']}><VerifyForm … /></ClientMessages>
 * Inside, `useTranslations('verify')` works; the base namespaces are always included.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: readonly Namespace[]; children: React.ReactNode }) {
  const locale = await getLocale();
  const wanted = new Set<Namespace>([...baseNamespaces, ...namespaces]);
  const messages = Object.fromEntries([...wanted].map((ns) => [ns, catalogues[locale][ns]]));
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
