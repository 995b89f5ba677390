import 'server-only';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { countChanges, sideBySide } from '@/lib/diff/diff-text';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { descriptorOf } from './kinds';
import { loadVersion } from './load-version';
import type { VersionKind } from './version-input';

export type CompareInput = { kind: VersionKind; fromId: string; toId: string; locale: DocumentLocale };

/**
 * Any two versions of one kind, drafts included (staff compare a draft with what is in force),
 * side by side in one language. Null when either id is unknown.
 */
export async function compareVersions(ctx: Ctx, input: CompareInput) {
  assertCan(ctx, 'versions.view');
  const kind = descriptorOf(input.kind);
  const [from, to] = await Promise.all([loadVersion(ctx, kind, input.fromId), loadVersion(ctx, kind, input.toId)]);
  if (!from || !to) return null;
  const side = (row: typeof from) => ({ id: row.id, version: row.version, status: row.status, publishedAt: row.publishedAt, changeSummary: row.changeSummary });
  const rows = sideBySide(kind.compareText(from, input.locale), kind.compareText(to, input.locale));
  return { kind: input.kind, from: side(from), to: side(to), rows, counts: countChanges(rows) };
}

export type VersionComparison = NonNullable<Awaited<ReturnType<typeof compareVersions>>>;
