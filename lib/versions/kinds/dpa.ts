import { sql } from 'drizzle-orm';
import { dpaTemplateVersions, type DpaTemplateVersion } from '@/db/schema';
import { hashTemplateContent } from '@/lib/dpa/hash-template-version';
import { templatePlaceholderProblems } from '../check-template-placeholders';
import { defineKind } from '../version-descriptor';
import { dpaCompareText } from '../version-compare-text';
import type { DpaDraftInput } from '../version-input';

const texts = (row: DpaTemplateVersion) => ({ titleDe: row.title.de, titleEn: row.title.en, bodyDe: row.body.de, bodyEn: row.body.en });

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
  columnsOf: (input) => ({ title: { de: input.titleDe, en: input.titleEn }, body: { de: input.bodyDe, en: input.bodyEn } }),
  form: () => [
    {
      fields: [
        { name: 'titleDe', lang: 'de', label: { key: 'versions.field.titleDe' } },
        { name: 'titleEn', lang: 'en', label: { key: 'versions.field.titleEn' } },
        { name: 'bodyDe', lang: 'de', label: { key: 'versions.field.bodyDe' }, hint: 'versions.field.bodyHint', rows: 24 },
        { name: 'bodyEn', lang: 'en', label: { key: 'versions.field.bodyEn' }, hint: 'versions.field.bodyHint', rows: 24 },
      ],
    },
  ],
  formValues: texts,
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
  compareText: dpaCompareText,
  announce: {
    recipients: (row) => sql`a.template_version_id in (select id from dpa_template_versions where version < ${row.version})`,
    mail: 'dpa-new-version',
    customerPath: 'dpa/changes',
  },
});
