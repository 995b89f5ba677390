import { sql as drizzleSql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '@/lib/core/actor';
import { createContext } from '@/lib/core/context';
import { rotateFeedToken } from '@/lib/subscriptions/feed-token';
import { actorFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { createDraft } from '@/lib/versions/create-draft';
import { publishVersion } from '@/lib/versions/publish-version';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { dpaVersionId, tomsVersionId } from '@/scripts/demo-seed/versions';
import { orgAtomResponse, orgCalendarResponse, publicAtomResponse } from './org-feed';

// Issue 13 item 5: new DPA versions and TOMs updates reach compliance tools through the Atom and
// iCalendar feeds, not only change notices. The feeds are parsed: Atom entries into their elements,
// iCalendar (unfolded) into events with their properties.

const orgId = seedId(`org:${demoOrgs.current}`);
const anonymous = () => createContext({ actor: null });
let privacy: UserActor;
let published: { dpa: { id: string; version: number }; toms: { id: string; version: number } };

type AtomEntry = { id: string; title: string; link: string; category: string; summary: string; published: string };

/** The entries of an Atom document, each with the elements a reader uses (entities decoded). */
function parseAtom(xml: string): AtomEntry[] {
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="(de|en)">/);
  expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const element = (entry: string, name: string) => {
    const match = new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`).exec(entry);
    return match ? decode(match[1]!) : '';
  };
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    id: element(entry!, 'id'),
    title: element(entry!, 'title'),
    link: decode(/<link rel="alternate" type="text\/html" href="([^"]*)"\/>/.exec(entry!)?.[1] ?? ''),
    category: /<category term="([^"]*)"\/>/.exec(entry!)?.[1] ?? '',
    summary: element(entry!, 'summary'),
    published: element(entry!, 'published'),
  }));
}

/** The events of an iCalendar document: unfolded content lines, as property maps (text unescaped). */
function parseIcal(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at)] = line.slice(at + 1).replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
    }
  }
  return events;
}

async function publish(kind: 'dpa' | 'toms', copyOf: string, summary: { de: string; en: string }) {
  const draft = await runAs(privacy, (ctx) => createDraft(ctx, { kind, copyOf }));
  const table = drizzleSql.raw(kind === 'dpa' ? 'dpa_template_versions' : 'toms_versions');
  await sql`update ${table} set change_summary = ${JSON.stringify(summary)}::jsonb where id = ${draft.id}`;
  await runAs(privacy, (ctx) => publishVersion(ctx, { kind, id: draft.id, confirmIrreversible: true, protectionNotLowered: true }));
  const [row] = await sql<{ version: number }>`select version from ${table} where id = ${draft.id}`;
  return { id: draft.id, version: row!.version };
}

beforeAll(async () => {
  privacy = await actorFor(demoAccounts.privacy);
  published = {
    dpa: await publish('dpa', dpaVersionId(2), { de: 'Dritte Fassung: § 9 klarer gefasst', en: 'Third version: § 9 reworded' }),
    toms: await publish('toms', tomsVersionId(1), { de: 'Zugang nur mit Hardware-Schlüssel', en: 'Access with hardware keys only' }),
  };
});

describe('the feeds carry published versions', () => {
  it('Atom (organisation): the new DPA version and the TOMs update, linked to the organisation’s pages', async () => {
    const signatory = await actorFor(demoAccounts.signatory);
    const urls = await runAs(signatory, (ctx) => rotateFeedToken(ctx, { orgId }));
    const token = urls.atom.split('/').at(-2)!;
    const entries = parseAtom(await (await orgAtomResponse(anonymous(), { token, locale: 'de' })).text());

    const dpa = entries.find((e) => e.id === `urn:uuid:${published.dpa.id}`);
    expect(dpa).toMatchObject({ category: 'dpa_template', link: expect.stringMatching(new RegExp(`/orgs/${orgId}/dpa$`)) });
    expect(dpa!.title).toBe(`AV-Vertrag: Neue Fassung ${published.dpa.version} des AV-Vertrags`);
    expect(dpa!.summary).toContain('Dritte Fassung: § 9 klarer gefasst');
    const toms = entries.find((e) => e.id === `urn:uuid:${published.toms.id}`);
    expect(toms).toMatchObject({ category: 'toms', link: expect.stringMatching(new RegExp(`/orgs/${orgId}/toms$`)) });
    expect(toms!.summary).toContain('Zugang nur mit Hardware-Schlüssel');
    // Newest first: the two versions just published lead the feed.
    expect(entries.slice(0, 2).map((e) => e.category).sort()).toEqual(['dpa_template', 'toms']);
    // The change notices are still there.
    expect(entries.some((e) => ['add', 'replace', 'remove', 'update'].includes(e.category))).toBe(true);
  });

  it('iCalendar: an all-day event on the day of publication for each version', async () => {
    const signatory = await actorFor(demoAccounts.signatory);
    const urls = await runAs(signatory, (ctx) => rotateFeedToken(ctx, { orgId }));
    const token = urls.calendar.split('/').at(-2)!;
    const events = parseIcal(await (await orgCalendarResponse(anonymous(), { token, locale: 'en' })).text());
    const [row] = await sql<{ published_at: Date }>`select published_at from toms_versions where id = ${published.toms.id}`;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(row!.published_at)).replace(/-/g, '');
    const toms = events.find((e) => e.UID?.startsWith(published.toms.id));
    expect(toms).toMatchObject({
      'DTSTART;VALUE=DATE': day,
      SUMMARY: `Published: New version ${published.toms.version} of the technical and organisational measures`,
      STATUS: 'CONFIRMED',
    });
    expect(toms!.DESCRIPTION).toContain('Access with hardware keys only');
    expect(events.find((e) => e.UID?.startsWith(published.dpa.id))?.SUMMARY).toBe(`Published: New version ${published.dpa.version} of the data processing agreement`);
  });

  it('the public Atom feed lists them too, while the provider enables it', async () => {
    await sql`update settings set public_feed_enabled = true`;
    const entries = parseAtom(await (await publicAtomResponse(anonymous(), { locale: 'en' })).text());
    expect(entries.find((e) => e.id === `urn:uuid:${published.dpa.id}`)?.title).toBe(`DPA: New version ${published.dpa.version} of the data processing agreement`);
    expect(entries.find((e) => e.id === `urn:uuid:${published.toms.id}`)?.category).toBe('toms');
    await sql`update settings set public_feed_enabled = false`;
  });
});
