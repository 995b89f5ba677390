import 'server-only';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings, getSettings } from '@/lib/core/settings';
import { env } from '@/lib/env';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { orgForFeedToken } from '@/lib/subscriptions/feed-token';
import { listOrgFeedEntries, listPublicFeedEntries } from './list-feed-entries';
import { renderAtom } from './render-atom';
import { renderIcal } from './render-ical';

// The feeds behind /api/feeds/*: the secret in the URL is the credential (feed readers and
// calendars cannot sign in), so an unknown or rotated token is answered like a missing page.

type FeedCtx = Ctx<Actor | null>;

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

/** Who publishes the feed and in which time zone its dates fall (the settings row, or its defaults). */
async function provider(ctx: FeedCtx) {
  const [row, { timeZone }] = await Promise.all([getSettings(ctx), getCalendarSettings(ctx)]);
  return { name: row?.providerName ?? 'DPA-Portal', timeZone };
}

export async function orgAtomResponse(ctx: FeedCtx, input: { token: string; locale: Locale }) {
  const { locale } = input;
  const org = await orgForFeedToken(ctx, input);
  if (!org) return notFound();
  const [entries, from] = await Promise.all([listOrgFeedEntries(ctx, { orgId: org.id }), provider(ctx)]);
  const xml = renderAtom({ id: `urn:uuid:${org.id}`, title: titles[locale].org(org.legalName), authorName: from.name, locale, timeZone: from.timeZone, entries });
  return new Response(xml, { headers: headers('application/atom+xml; charset=utf-8') });
}

export async function orgCalendarResponse(ctx: FeedCtx, input: { token: string; locale: Locale }) {
  const { locale } = input;
  const org = await orgForFeedToken(ctx, input);
  if (!org) return notFound();
  const [entries, from] = await Promise.all([listOrgFeedEntries(ctx, { orgId: org.id }), provider(ctx)]);
  const ics = renderIcal({ name: titles[locale].calendar(org.legalName), host: new URL(env().APP_URL).hostname, locale, timeZone: from.timeZone, entries });
  return new Response(ics, { headers: headers('text/calendar; charset=utf-8') });
}

export async function publicAtomResponse(ctx: FeedCtx, input: { locale: Locale }) {
  const { locale } = input;
  const entries = await listPublicFeedEntries(ctx);
  if (!entries) return notFound();
  const from = await provider(ctx);
  const appUrl = env().APP_URL.replace(/\/$/, '');
  const xml = renderAtom({
    id: `${appUrl}/api/feeds/public/atom`,
    selfUrl: `${appUrl}/api/feeds/public/atom${locale === 'en' ? '?lang=en' : ''}`,
    title: `${from.name}: ${titles[locale].public}`,
    authorName: from.name,
    locale,
    timeZone: from.timeZone,
    entries,
  });
  return new Response(xml, { headers: { ...headers('application/atom+xml; charset=utf-8'), 'Cache-Control': 'public, max-age=300' } });
}
