import { sql } from 'drizzle-orm';
import { dpaTemplateVersions, type DpaTemplateVersion, type ExitDuties } from '@/db/schema';
import { hashTemplateContent } from '@/lib/dpa/hash-template-version';
import { translator } from '@/lib/i18n/translate';
import { templatePlaceholderProblems } from '../check-template-placeholders';
import { defineKind } from '../version-descriptor';
import { dpaCompareText, exitDutiesCompareText } from '../version-compare-text';
import { EXIT_DUTY_FIELDS, type DpaDraftInput } from '../version-input';

const texts = (row: DpaTemplateVersion) => ({ titleDe: row.title.de, titleEn: row.title.en, bodyDe: row.body.de, bodyEn: row.body.en });

/** All three or none: the schema (dpaDraftSchema) refuses anything in between. */
function exitDutiesOf(input: DpaDraftInput): ExitDuties | null {
  const { returnRequestDays, productionDeletionDays, backupDeletionDays } = input;
  if (returnRequestDays === null || productionDeletionDays === null || backupDeletionDays === null) return null;
  return { returnRequestDays, productionDeletionDays, backupDeletionDays };
}

/**
 * DPA template versions: a title and a contract text with placeholders, in German (governing) and
 * English. A new version asks every signatory whose agreement is on an older one to sign again.
 */
export const dpaKind = defineKind<DpaTemplateVersion, DpaDraftInput>({
  kind: 'dpa',
  table: dpaTemplateVersions,
  auditPrefix: 'dpa_template',
  targetType: 'dpa_template_version',
  lockKey: 7_226_010,
  // The deletion/return deadlines (data beside § 11) carry over with the text they belong to.
  copy: (source) => ({ title: source.title, body: source.body, exitDuties: source.exitDuties }),
  columnsOf: (input) => ({
    title: { de: input.titleDe, en: input.titleEn },
    body: { de: input.bodyDe, en: input.bodyEn },
    // Data beside § 11, not part of the published hash (hashTemplateContent covers the text, and
    // widening it would invalidate every published hash). It is still fixed on publishing: the
    // trigger of migration 0001 refuses any UPDATE of a published row.
    exitDuties: exitDutiesOf(input),
  }),
  auditedValues: (row) => Object.fromEntries(EXIT_DUTY_FIELDS.map((field) => [field, row.exitDuties?.[field] ?? null])),
  form(locale) {
    const t = translator(locale);
    return [
      {
        fields: [
          { name: 'titleDe', lang: 'de', label: { key: 'versions.field.titleDe' } },
          { name: 'titleEn', lang: 'en', label: { key: 'versions.field.titleEn' } },
          { name: 'bodyDe', lang: 'de', label: { key: 'versions.field.bodyDe' }, hint: 'versions.field.bodyHint', rows: 24 },
          { name: 'bodyEn', lang: 'en', label: { key: 'versions.field.bodyEn' }, hint: 'versions.field.bodyHint', rows: 24 },
        ],
      },
      {
        // Numbers of days, the same in both languages: one field each, no German/English pair.
        legend: t('versions.exitDuties.title'),
        hint: t('versions.exitDuties.hint'),
        fields: [
          { name: 'returnRequestDays', lang: null, input: 'number', label: { key: 'versions.exitDuties.returnRequestDays' } },
          { name: 'productionDeletionDays', lang: null, input: 'number', label: { key: 'versions.exitDuties.productionDeletionDays' } },
          { name: 'backupDeletionDays', lang: null, input: 'number', label: { key: 'versions.exitDuties.backupDeletionDays' } },
        ],
      },
    ];
  },
  // '' for a deadline the version does not state.
  formValues: (row) => ({ ...texts(row), ...Object.fromEntries(EXIT_DUTY_FIELDS.map((field) => [field, String(row.exitDuties?.[field] ?? '')])) }),
  listLabel: { column: dpaTemplateVersions.title, heading: 'versions.col.title' },
  contentProblems(row) {
    // A published template must fill without error for every organisation, and say something.
    const placeholders = templatePlaceholderProblems(texts(row));
    const fieldErrors: Record<string, string[]> = {};
    for (const field of Object.keys(placeholders)) fieldErrors[field] = ['versions.error.placeholderField'];
    for (const [field, value] of Object.entries(texts(row))) {
      if (value.trim() === '') fieldErrors[field] = ['validation.required'];
    }
    if (Object.keys(fieldErrors).length === 0) return null;
    return { message: Object.keys(placeholders).length ? 'versions.error.placeholders' : 'versions.error.incomplete', fieldErrors };
  },
  confirmations: ['confirmIrreversible'],
  onPublish: {},
  hash: hashTemplateContent,
  // Staff compare the deadlines too; the customer's "what changed" page compares the text alone.
  compareText: (row, locale) => `${dpaCompareText(row, locale)}\n\n${exitDutiesCompareText(row.exitDuties, locale)}`,
  announce: {
    recipients: (row) => sql`a.template_version_id in (select id from dpa_template_versions where version < ${row.version})`,
    mail: 'dpa-new-version',
    customerPath: 'dpa/changes',
  },
});
