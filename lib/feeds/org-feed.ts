import 'server-only';
import type { Database } from '@/db/client';
import { env } from '@/lib/env';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { orgForFeedToken } from '@/lib/subscriptions/feed-token';
import { listOrgFeedEntries, listPublicFeedEntries, providerInfo } from './list-feed-entries';
import { renderAtom } from './render-atom';
import { renderIcal } from './render-ical';

// The feeds behind /api/feeds/*: the secret in the URL is the credential (feed readers and
// calendars cannot sign in), so an unknown or rotated token is answered like a missing page.

const titles = {
  de: { org: (name: string) => `Änderungsmitteilungen für ${name}`, public: 'Änderungen am Register der Unterauftragsverarbeiter', calendar: (name: string) => `Wirksamkeitstermine für ${name}` },
  en: { org: (name: string) => `Change notices for ${name}`, public: 'Changes to the subprocessor register', calendar: (name: string) => `Effective dates for ${name}` },
} as const;

export function feedLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get('lang');
  return isLocale(lang) ? lang : 'de';
}

const headers = (type: string) => ({ 'Content-Type': type, 'Cache-Control': 'private, max-age=300', 'X-Robots-Tag': 'noindex' });
const notFound = () => new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function orgAtomResponse(db: Database, token: string, locale: Locale) {
  const org = await orgForFeedToken(db, token);
  if (!org) return notFound();
  const [entries, provider] = await Promise.all([listOrgFeedEntries(db, org.id), providerInfo(db)]);
  const xml = renderAtom({ id: `urn:uuid:${org.id}`, title: titles[locale].org(org.legalName), authorName: provider.name, locale, timeZone: provider.timeZone, entries });
  return new Response(xml, { headers: headers('application/atom+xml; charset=utf-8') });
}

export async function orgCalendarResponse(db: Database, token: string, locale: Locale) {
  const org = await orgForFeedToken(db, token);
  if (!org) return notFound();
  const [entries, provider] = await Promise.all([listOrgFeedEntries(db, org.id), providerInfo(db)]);
  const ics = renderIcal({ name: titles[locale].calendar(org.legalName), host: new URL(env().APP_URL).hostname, locale, timeZone: provider.timeZone, entries });
  return new Response(ics, { headers: headers('text/calendar; charset=utf-8') });
}

export async function publicAtomResponse(db: Database, locale: Locale) {
  const entries = await listPublicFeedEntries(db);
  if (!entries) return notFound();
  const provider = await providerInfo(db);
  const appUrl = env().APP_URL.replace(/\/$/, '');
  const xml = renderAtom({
    id: `${appUrl}/api/feeds/public/atom`,
    selfUrl: `${appUrl}/api/feeds/public/atom${locale === 'en' ? '?lang=en' : ''}`,
    title: `${provider.name}: ${titles[locale].public}`,
    authorName: provider.name,
    locale,
    timeZone: provider.timeZone,
    entries,
  });
  return new Response(xml, { headers: { ...headers('application/atom+xml; charset=utf-8'), 'Cache-Control': 'public, max-age=300' } });
}
