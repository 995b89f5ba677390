import 'server-only';
import { eq } from 'drizzle-orm';
import { users, type DpaTemplateVersion, type TomsVersion } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { descriptorOf } from './kinds';
import { loadVersion } from './load-version';
import type { DraftGroup, VersionDescriptor, VersionRow } from './version-descriptor';
import type { VersionKind } from './version-input';

export type VersionDetail = ({ kind: 'dpa' } & DpaTemplateVersion) | ({ kind: 'toms' } & TomsVersion);

/** The draft editor of a kind: its own fields, then the change summary every kind has. */
function editorOf(kind: VersionDescriptor, row: VersionRow, locale: DocumentLocale) {
  const summary: DraftGroup = {
    fields: (['de', 'en'] as const).map((lang) => ({
      name: lang === 'de' ? 'changeSummaryDe' : 'changeSummaryEn',
      lang,
      label: { key: lang === 'de' ? 'versions.field.changeSummaryDe' : 'versions.field.changeSummaryEn' },
      hint: 'versions.field.summaryHint',
      rows: 4,
    })),
  };
  return {
    groups: [...kind.form(locale), summary],
    values: { ...kind.formValues(row), changeSummaryDe: row.changeSummary?.de ?? '', changeSummaryEn: row.changeSummary?.en ?? '' },
  };
}

/**
 * One version of a kind with its publisher's name, the editor (fields in `ctx.locale`, values) and
 * what its publishing asks for; null for an unknown id.
 */
export async function getVersion(ctx: Ctx, input: { kind: VersionKind; id: string }) {
  assertCan(ctx, 'versions.view');
  const kind = descriptorOf(input.kind);
  const row = await loadVersion(ctx, kind, input.id);
  if (!row) return null;
  const [publisher] = row.publishedBy
    ? await ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, row.publishedBy)).limit(1)
    : [];
  return {
    // The row came from the kind's own table (loadVersion reads `kind.table`).
    ...(({ ...row, kind: input.kind }) as VersionDetail),
    publisher: publisher ? (publisher.name ?? publisher.email) : null,
    editor: editorOf(kind, row, ctx.locale),
    confirmations: kind.confirmations,
  };
}

export type VersionView = NonNullable<Awaited<ReturnType<typeof getVersion>>>;
