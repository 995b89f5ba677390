import { describe, expect, it } from 'vitest';
import type { FeedEntry } from './list-feed-entries';
import { escapeXml, renderAtom } from './render-atom';
import { foldIcalLine, icalDay, renderIcal } from './render-ical';

const entry = (overrides: Partial<FeedEntry> = {}): FeedEntry => ({
  id: '0b6a3c52-9d0e-4f43-8a55-1f0f3a0c9e11',
  kind: 'replace',
  status: 'announced',
  title: { de: 'Neuer Spamfilter, Äußerst <wichtig> & "dringend"', en: 'New spam filter; important, urgent' },
  description: { de: 'Beschreibung\nzweite Zeile', en: 'Description\nsecond line' },
  subprocessor: 'Filter & Co. GmbH',
  country: 'DE',
  services: [{ de: 'E-Mail', en: 'E-mail' }],
  isEmergency: false,
  // 00:00 on 1 April 2027 in Berlin (CEST) is 22:00 UTC the day before.
  announcedAt: new Date('2027-02-27T10:00:00Z'),
  effectiveAt: new Date('2027-03-31T22:00:00Z'),
  updatedAt: new Date('2027-02-27T10:00:00Z'),
  link: 'https://dpa.example.com/orgs/x/notices/y',
  ...overrides,
});

describe('iCalendar feed', () => {
  it('uses CRLF, all-day events on the Berlin day, stable UIDs and escaped text', () => {
    const ics = renderIcal({ name: 'Termine', host: 'dpa.example.com', locale: 'de', timeZone: 'Europe/Berlin', entries: [entry()] });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270401\r\n');
    expect(unfolded).toContain('DTEND;VALUE=DATE:20270402\r\n');
    expect(unfolded).toContain('UID:0b6a3c52-9d0e-4f43-8a55-1f0f3a0c9e11@dpa.example.com\r\n');
    expect(unfolded).toContain('Wirksam: Neuer Spamfilter\\, Äußerst <wichtig> & "dringend"');
    expect(unfolded).toContain('Beschreibung\\nzweite Zeile');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const folded = foldIcalLine(`DESCRIPTION:${'ä'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'ä'.repeat(100)}`);
  });

  it('takes the day in the provider time zone across both DST changes', () => {
    expect(icalDay(new Date('2027-03-27T23:00:00Z'), 'Europe/Berlin')).toBe('20270328'); // before the spring change
    expect(icalDay(new Date('2027-10-30T22:00:00Z'), 'Europe/Berlin')).toBe('20271031'); // 00:00 CEST
    expect(icalDay(new Date('2027-10-31T23:00:00Z'), 'Europe/Berlin', 1)).toBe('20271102');
  });

  it('marks withdrawn notices as cancelled', () => {
    const ics = renderIcal({ name: 'x', host: 'h', locale: 'en', timeZone: 'Europe/Berlin', entries: [entry({ status: 'withdrawn' })] });
    expect(ics).toContain('STATUS:CANCELLED\r\n');
  });
});

describe('Atom feed', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">&'\u0001</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    const xml = renderAtom({ id: 'urn:uuid:1', title: 'T & <T>', authorName: 'P', locale: 'de', timeZone: 'Europe/Berlin', entries: [entry()] });
    expect(xml).toContain('<title>T &amp; &lt;T&gt;</title>');
    expect(xml).toContain('<title>Austausch: Neuer Spamfilter, Äußerst &lt;wichtig&gt; &amp; &quot;dringend&quot;</title>');
    expect(xml).toContain('<id>urn:uuid:0b6a3c52-9d0e-4f43-8a55-1f0f3a0c9e11</id>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
});
