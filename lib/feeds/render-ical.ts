import type { Locale } from '@/lib/i18n/config';
import type { FeedEntry } from './list-feed-entries';
import { entrySummary } from './render-atom';

// iCalendar (RFC 5545) of effective dates: one all-day event per notice on the day the change takes
// effect in the provider's time zone. Lines end in CRLF and are folded at 75 octets.

export function escapeIcalText(value: string) {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
export function foldIcalLine(line: string) {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** 'YYYYMMDD' of the calendar day `at` falls on in `timeZone`. */
export function icalDay(at: Date, timeZone: string, addDays = 0) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const day = new Date(Date.UTC(get('year'), get('month') - 1, get('day') + addDays));
  return day.toISOString().slice(0, 10).replace(/-/g, '');
}

const stamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function renderIcal(options: { name: string; host: string; locale: Locale; timeZone: string; entries: FeedEntry[] }) {
  const { locale, timeZone, host } = options;
  const prefix = locale === 'de' ? 'Wirksam' : 'Effective';
  // A version applies from its publication: its event sits on that day and says so.
  const published = locale === 'de' ? 'Veröffentlicht' : 'Published';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${host}//DPA-Portal//${locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcalText(options.name)}`,
    ...options.entries.flatMap((e) => [
      'BEGIN:VEVENT',
      // Stable across fetches and rotations of the feed URL: calendars update the event in place.
      `UID:${e.id}@${host}`,
      `DTSTAMP:${stamp(e.updatedAt)}`,
      `DTSTART;VALUE=DATE:${icalDay(e.effectiveAt, timeZone)}`,
      `DTEND;VALUE=DATE:${icalDay(e.effectiveAt, timeZone, 1)}`,
      `SUMMARY:${escapeIcalText(`${e.subprocessor === null ? published : prefix}: ${e.title[locale]}`)}`,
      `DESCRIPTION:${escapeIcalText(entrySummary(e, locale, timeZone))}`,
      `URL:${e.link}`,
      `STATUS:${e.status === 'withdrawn' ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcalLine).join('\r\n')}\r\n`;
}
