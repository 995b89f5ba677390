import type { Locale } from '@/lib/i18n/config';
import type { FeedEntry } from './list-feed-entries';
import { dateTimeFormat } from '@/lib/i18n/intl-cache';

// Atom 1.0 (RFC 4287) of change notices, for compliance tools and feed readers.

export function escapeXml(value: string) {
  // Characters XML 1.0 forbids even escaped are dropped, not escaped.
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[<>&'"]/g, (c) =>
    ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
}

const words = {
  de: {
    kind: { add: 'Neu', replace: 'Austausch', remove: 'Wegfall', update: 'Änderung', dpa_template: 'AV-Vertrag', toms: 'TOM' },
    status: { announced: 'angekündigt', effective: 'wirksam', withdrawn: 'zurückgezogen', published: 'veröffentlicht' },
    effective: 'Wirksam ab',
    published: 'Veröffentlicht am',
    version: 'Fassung',
    services: 'Leistungen',
    emergency: 'Notfall-Austausch',
  },
  en: {
    kind: { add: 'New', replace: 'Replacement', remove: 'Removal', update: 'Change', dpa_template: 'DPA', toms: 'TOMs' },
    status: { announced: 'announced', effective: 'effective', withdrawn: 'withdrawn', published: 'published' },
    effective: 'Effective from',
    published: 'Published on',
    version: 'Version',
    services: 'Services',
    emergency: 'Emergency replacement',
  },
} as const;

export function entrySummary(entry: FeedEntry, locale: Locale, timeZone: string) {
  const w = words[locale];
  const day = dateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone }).format(entry.effectiveAt);
  if (entry.subprocessor === null) {
    // A published DPA or TOMs version: what it is, when it was published, its change summary.
    return [`${w.kind[entry.kind]} · ${w.version} ${entry.version} · ${w.status[entry.status]}`, `${w.published}: ${day}`, entry.description[locale]]
      .filter(Boolean)
      .join('\n');
  }
  return [
    `${entry.subprocessor} (${entry.country}) · ${w.status[entry.status]}`,
    `${w.effective}: ${day}`,
    entry.services.length ? `${w.services}: ${entry.services.map((s) => s[locale]).join(', ')}` : null,
    entry.isEmergency ? w.emergency : null,
    entry.description[locale],
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderAtom(options: {
  id: string;
  title: string;
  selfUrl?: string;
  authorName: string;
  locale: Locale;
  timeZone: string;
  entries: FeedEntry[];
}) {
  const { locale, entries } = options;
  const w = words[locale];
  const updated = entries.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), new Date(0));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(options.id)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${(entries.length ? updated : new Date(0)).toISOString()}</updated>`,
    `  <author><name>${escapeXml(options.authorName)}</name></author>`,
    ...(options.selfUrl ? [`  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>`] : []),
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <id>urn:uuid:${e.id}</id>`,
        `    <title>${escapeXml(`${w.kind[e.kind]}: ${e.title[locale]}`)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
        `    <published>${e.announcedAt.toISOString()}</published>`,
        `    <updated>${e.updatedAt.toISOString()}</updated>`,
        `    <category term="${e.kind}"/>`,
        `    <summary type="text">${escapeXml(entrySummary(e, locale, options.timeZone))}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
