import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { dpaTemplateVersions, tomsVersions, type LocalizedText, type TomsSections } from '@/db/schema';
import { countChanges, sideBySide } from '@/lib/diff/diff-text';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { dpaCompareText, tomsCompareText } from './version-compare-text';
import { assertAllowed, type VersionActor } from './version-actor';

export type VersionKind = 'dpa' | 'toms';
export type CompareInput = { kind: VersionKind; fromId: string; toId: string; locale: DocumentLocale };
type Side = { id: string; version: number; status: 'draft' | 'published'; publishedAt: Date | null; changeSummary: LocalizedText | null; text: string };

async function loadSide(db: Database | Tx, kind: VersionKind, id: string, locale: DocumentLocale): Promise<Side | null> {
  if (kind === 'dpa') {
    const [row] = await db.select().from(dpaTemplateVersions).where(eq(dpaTemplateVersions.id, id)).limit(1);
    return row ? { ...pick(row), text: dpaCompareText(row, locale) } : null;
  }
  const [row] = await db.select().from(tomsVersions).where(eq(tomsVersions.id, id)).limit(1);
  return row ? { ...pick(row), text: tomsCompareText(row.sections as TomsSections, locale) } : null;
}

function pick(row: { id: string; version: number; status: 'draft' | 'published'; publishedAt: Date | null; changeSummary: LocalizedText | null }) {
  return { id: row.id, version: row.version, status: row.status, publishedAt: row.publishedAt, changeSummary: row.changeSummary };
}

/**
 * Any two versions of one kind, drafts included (staff compare a draft with what is in force),
 * side by side in one language. Null when either id is unknown.
 */
export async function compareVersions(db: Database | Tx, actor: VersionActor, input: CompareInput) {
  assertAllowed(actor, 'versions.view');
  const [from, to] = await Promise.all([
    loadSide(db, input.kind, input.fromId, input.locale),
    loadSide(db, input.kind, input.toId, input.locale),
  ]);
  if (!from || !to) return null;
  const rows = sideBySide(from.text, to.text);
  return { kind: input.kind, from, to, rows, counts: countChanges(rows) };
}

export type VersionComparison = NonNullable<Awaited<ReturnType<typeof compareVersions>>>;
