import type { ExitDuties, LocalizedText, TomsSections } from '@/db/schema';
import { documentLabels, type DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { translator } from '@/lib/i18n/translate';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import { describeExitDuties } from './describe-exit-duties';

// What a comparison compares: a version flattened into paragraphs, in one language. Placeholders
// stay as written ({{customer.legalName}}), so a change to the template shows as such.

export function dpaCompareText(version: { title: LocalizedText; body: LocalizedText }, locale: DocumentLocale): string {
  return `# ${version.title[locale]}\n\n${version.body[locale]}`;
}

/**
 * The § 11 deadlines a version holds as data, after its text in the staff comparison, so a change
 * of them (or of "no fixed deadlines") shows as a changed paragraph: one paragraph per deadline.
 */
export function exitDutiesCompareText(duties: ExitDuties | null, locale: DocumentLocale): string {
  const t = translator(locale);
  const lines = describeExitDuties(duties, locale).map((line) => `${line.label}: ${line.value}`);
  return [`## ${t('versions.exitDuties.title')}`, ...(lines.length > 0 ? lines : [t('versions.exitDuties.none')])].join('\n\n');
}

/** Each Art. 32 heading as a "## " paragraph, each measure as a paragraph of its own. */
export function tomsCompareText(sections: TomsSections, locale: DocumentLocale): string {
  const labels = documentLabels[locale].toms;
  return TOMS_SECTION_ORDER.map((key, i) =>
    [`## ${i + 1}. ${labels[key]}`, ...(sections[key] ?? []).map((m) => m[locale])].join('\n\n'),
  ).join('\n\n');
}
