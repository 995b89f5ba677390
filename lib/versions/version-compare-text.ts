import type { LocalizedText, TomsSections } from '@/db/schema';
import { documentLabels, type DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';

// What a comparison compares: a version flattened into paragraphs, in one language. Placeholders
// stay as written ({{customer.legalName}}), so a change to the template shows as such.

export function dpaCompareText(version: { title: LocalizedText; body: LocalizedText }, locale: DocumentLocale): string {
  return `# ${version.title[locale]}\n\n${version.body[locale]}`;
}

/** Each Art. 32 heading as a "## " paragraph, each measure as a paragraph of its own. */
export function tomsCompareText(sections: TomsSections, locale: DocumentLocale): string {
  const labels = documentLabels[locale].toms;
  return TOMS_SECTION_ORDER.map((key, i) =>
    [`## ${i + 1}. ${labels[key]}`, ...(sections[key] ?? []).map((m) => m[locale])].join('\n\n'),
  ).join('\n\n');
}
