import { sql } from 'drizzle-orm';
import { tomsVersions, type TomsSections, type TomsVersion } from '@/db/schema';
import { documentLabels } from '@/lib/dpa/dpa-document-labels';
import { hashTomsContent } from '@/lib/toms/hash-toms-version';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import { defineKind, type DraftField } from '../version-descriptor';
import { tomsCompareText } from '../version-compare-text';
import { measureLines, type TomsDraftInput } from '../version-input';

/** The measures as stored: German and English lines paired by position. */
export function sectionsFromInput(input: TomsDraftInput): TomsSections {
  const sections = {} as TomsSections;
  for (const key of TOMS_SECTION_ORDER) {
    const de = measureLines(input[`${key}De`]);
    const en = measureLines(input[`${key}En`]);
    sections[key] = de.map((text, i) => ({ de: text, en: en[i] ?? '' }));
  }
  return sections;
}

/**
 * TOMs versions: the measures under the five Art. 32 headings, one per line in both languages.
 * Publishing needs the confirmation that the level of protection is not lowered (Art. 28(3)(c)
 * with Art. 32: measures may evolve, never fall below what was agreed); every signatory of an
 * organisation with an active agreement is told, because the TOMs are Annex III of it.
 */
export const tomsKind = defineKind<TomsVersion, TomsDraftInput>({
  kind: 'toms',
  table: tomsVersions,
  auditPrefix: 'toms',
  targetType: 'toms_version',
  lockKey: 7_226_011,
  // The publisher confirms the protection level anew for every version; a copy never inherits it.
  copy: (source) => ({ sections: source.sections, protectionNotLowered: false }),
  columnsOf: (input) => ({ sections: sectionsFromInput(input) }),
  // The measures are text: the comparison shows what changed.
  auditedValues: () => ({}),
  form: (locale) =>
    TOMS_SECTION_ORDER.map((key) => {
      const section = documentLabels[locale].toms[key];
      return {
        legend: section,
        fields: (['de', 'en'] as const).map((lang): DraftField => ({
          name: `${key}${lang === 'de' ? 'De' : 'En'}`,
          lang,
          label: { key: lang === 'de' ? 'versions.field.measuresDe' : 'versions.field.measuresEn', vars: { section } },
          hint: 'versions.field.measuresHint',
          rows: 8,
        })),
      };
    }),
  formValues: (row) =>
    Object.fromEntries(
      TOMS_SECTION_ORDER.flatMap((key) => [
        [`${key}De`, (row.sections[key] ?? []).map((m) => m.de).join('\n')],
        [`${key}En`, (row.sections[key] ?? []).map((m) => m.en).join('\n')],
      ]),
    ),
  listLabel: { column: tomsVersions.changeSummary, heading: 'versions.col.summary' },
  contentProblems(row) {
    const fieldErrors: Record<string, string[]> = {};
    for (const key of TOMS_SECTION_ORDER) {
      const measures = row.sections[key] ?? [];
      if (measures.length === 0 || measures.some((m) => !m.de.trim() || !m.en.trim())) fieldErrors[`${key}De`] = ['versions.error.measuresRequired'];
    }
    return Object.keys(fieldErrors).length ? { message: 'versions.error.incomplete', fieldErrors } : null;
  },
  confirmations: ['protectionNotLowered', 'confirmIrreversible'],
  onPublish: { protectionNotLowered: true },
  hash: hashTomsContent,
  compareText: (row, locale) => tomsCompareText(row.sections, locale),
  announce: { recipients: () => sql`true`, mail: 'toms-updated', customerPath: 'toms' },
});
