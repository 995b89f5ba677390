import type { SQL } from 'drizzle-orm';
import type { dpaTemplateVersions, LocalizedText, tomsVersions } from '@/db/schema';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import type { MailTemplate } from '@/lib/mail/templates';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Confirmation, DraftInput, VersionKind } from './version-input';

// What differs between DPA template versions and TOMs versions, as data: one descriptor per kind
// (lib/versions/kinds/). create/update/publish/get/list/compare are written once over it.

/** The columns both version tables have. */
export type VersionRow = {
  id: string;
  version: number;
  status: 'draft' | 'published';
  changeSummary: LocalizedText | null;
  contentSha256: string | null;
  publishedAt: Date | null;
  publishedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A field of the draft editor; its label is a dictionary key, so the page translates it. */
export type DraftField = {
  name: string;
  /** The language of the text; null for a value that is the same in both (a number of days). */
  lang: DocumentLocale | null;
  label: { key: MessageKey; vars?: Record<string, string> };
  hint?: MessageKey;
  /** A textarea with this many rows; otherwise one line. */
  rows?: number;
  /** A whole number (0 or more) instead of text. */
  input?: 'number';
};
/**
 * Fields shown together: German beside English, or language-neutral fields one under the other.
 * A legend makes them a fieldset; legend and hint are already in the editor's locale.
 */
export type DraftGroup = { legend?: string; hint?: string; fields: DraftField[] };

/** Why a draft cannot be published yet: the message and, per field, what is missing. */
export type Problems = { message: MessageKey; fieldErrors: Record<string, string[]> };

export type VersionDescriptor<Row extends VersionRow = VersionRow, Input extends DraftInput = DraftInput> = {
  kind: VersionKind;
  table: typeof dpaTemplateVersions | typeof tomsVersions;
  /** Audit actions are `${auditPrefix}.draft_created|draft_updated|published`. */
  auditPrefix: string;
  targetType: string;
  /** Advisory lock that serialises draft creation, so two clicks never race for a version number. */
  lockKey: number;
  /** The kind's own columns of a new draft that copies `source` (the change summary starts empty). */
  copy(source: Row): Record<string, unknown>;
  /** The kind's own columns from the editor's input. */
  columnsOf(input: Input): Record<string, unknown>;
  /** Short values whose change a draft edit records, before and after, in its audit event (texts are too long). */
  auditedValues(row: Row): Record<string, unknown>;
  /** The editor's own fields (labels in `locale`; the change summary is added for every kind) and their values. */
  form(locale: DocumentLocale): DraftGroup[];
  formValues(row: Row): Record<string, string>;
  /** What the version list shows of each version: a DPA template's title, the TOMs' change summary. */
  listLabel: { column: typeof dpaTemplateVersions.title | typeof tomsVersions.changeSummary; heading: MessageKey };
  /** Problems with the content that block publishing (the change summary is checked for every kind). */
  contentProblems(row: Row): Problems | null;
  /** What the publisher must tick, in the order the form shows them. */
  confirmations: readonly Confirmation[];
  /** Extra columns set on publishing, also recorded in the audit event. */
  onPublish: Record<string, unknown>;
  /** The SHA-256 of the canonical text a published version carries. */
  hash(row: Row): string;
  /** The version flattened into paragraphs in one language, for comparisons. */
  compareText(row: Row, locale: DocumentLocale): string;
  /** Who is told about a new version: the agreements whose signatories get `mail` (`a` = agreement). */
  announce: { recipients(row: Row): SQL; mail: Extract<MailTemplate, 'dpa-new-version' | 'toms-updated'>; customerPath: string };
};

/**
 * Each kind is written against its own row and input types; the registry holds them as descriptors
 * of the common row. Sound because a descriptor only ever receives rows read from its own table
 * and input whose `kind` named it (lib/versions/kinds/index.ts picks the descriptor by that kind).
 */
export function defineKind<Row extends VersionRow, Input extends DraftInput>(descriptor: VersionDescriptor<Row, Input>): VersionDescriptor {
  return descriptor as unknown as VersionDescriptor;
}
