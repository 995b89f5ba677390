import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';

// How the evidence page states the signing time; the verify page shows it the same way so the two
// can be compared side by side. No catalogue here: the verify page's browser code imports this.

/** "2025-03-14 14:03:22 UTC": unambiguous, sortable, independent of the reader's locale. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function formatInTimeZone(date: Date, timeZone: string, locale: DocumentLocale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    timeZone,
    dateStyle: 'long',
    timeStyle: 'long',
  }).format(date);
}
