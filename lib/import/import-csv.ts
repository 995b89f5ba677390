import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { assertCan } from '@/lib/auth/can';
import { AppError } from '@/lib/errors';
import type { Ctx } from '@/lib/core/context';
import { applyImport } from './apply-import';
import { parseImportCsv, type ImportError } from './parse-import-csv';
import { planImport, summarizePlan } from './plan-import';

/** The largest file the browser may send (the action's body limit is 11 MB, next.config.mjs). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const csvFile = z
  .instanceof(File, { error: 'adminImport.error.noFile' })
  .refine((f) => f.size > 0, { error: 'adminImport.error.noFile' })
  .refine((f) => f.size <= MAX_IMPORT_BYTES, { error: 'adminImport.error.tooLarge' });

export const previewImportSchema = z.object({ file: csvFile });
/** Applying names the preview it follows (the file's SHA-256), so what is imported is what was shown. */
export const applyImportSchema = z.object({ file: csvFile, previewed: z.string().regex(/^[0-9a-f]{64}$/, { error: 'adminImport.error.previewFirst' }) });

export type ImportOutcome = {
  sha256: string;
  rows: number;
  summary: ReturnType<typeof summarizePlan>;
  /** The first 200 problems (the count says how many there are in all). */
  errors: ImportError[];
  errorCount: number;
  applied: boolean;
};

const MAX_ERRORS_SHOWN = 200;

async function readCsv(input: { file: File } | { bytes: Uint8Array }) {
  const bytes = 'bytes' in input ? input.bytes : new Uint8Array(await input.file.arrayBuffer());
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The preview: what would be created and changed, and every problem; nothing is written. */
export async function previewImport(ctx: Ctx, input: { file: File } | { bytes: Uint8Array }): Promise<ImportOutcome> {
  assertCan(ctx, 'admin.import');
  const { bytes, sha256 } = await readCsv(input);
  const parsed = parseImportCsv(bytes);
  const plan = await planImport(ctx, parsed);
  return { sha256, rows: parsed.rows.length, summary: summarizePlan(plan), errors: plan.errors.slice(0, MAX_ERRORS_SHOWN), errorCount: plan.errors.length, applied: false };
}

/**
 * The import: checks everything again in this transaction and writes only when no row has a
 * problem: all or nothing. Audited once with the file's hash and the figures, and once per
 * existing organisation or contract it changes, with the values before and after.
 */
export async function importCsv(ctx: Ctx, input: ({ file: File } | { bytes: Uint8Array }) & { previewed?: string }): Promise<ImportOutcome> {
  assertCan(ctx, 'admin.import');
  const { bytes, sha256 } = await readCsv(input);
  const parsed = parseImportCsv(bytes);
  const plan = await planImport(ctx, parsed);
  const outcome = { sha256, rows: parsed.rows.length, summary: summarizePlan(plan), errors: plan.errors.slice(0, MAX_ERRORS_SHOWN), errorCount: plan.errors.length };
  if (input.previewed !== undefined && input.previewed !== sha256) {
    throw new AppError('VALIDATION', 'adminImport.error.changed', { file: ['adminImport.error.changed'] });
  }
  if (plan.errors.length > 0) return { ...outcome, applied: false };
  await applyImport(ctx, plan);
  for (const u of plan.updateOrgs) {
    await ctx.audit({ action: 'organisation.update', orgId: u.id, targetType: 'organisation', targetId: u.id, details: { source: 'import', before: u.before, after: u.after } });
  }
  for (const u of plan.updateContracts) {
    await ctx.audit({ action: 'contract.update', orgId: u.orgId, targetType: 'contract', targetId: u.id, details: { source: 'import', before: u.before, after: u.after } });
  }
  await ctx.audit({ action: 'import.apply', targetType: 'import', targetId: sha256, details: { fileSha256: sha256, rows: parsed.rows.length, ...outcome.summary } });
  return { ...outcome, applied: true };
}
