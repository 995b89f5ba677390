import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { assertCan } from '@/lib/auth/can';
import { isCalendarDate, localDate } from '@/lib/change-notices/compute-effective-date';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { AppError } from '@/lib/errors';
import { buildRecordDocument } from './build-record-document';
import { getProcessingRecord } from './get-processing-record';
import { recordCsv, recordFileName } from './record-csv';
import { renderRecordPdf } from './render-record-pdf';

// Exporting the Art. 30(2) record (privacy staff): validated input, the record of the day as PDF
// or CSV in German or English, and an audit event that says who exported which day in which form
// and the file's hash (the export leaves the portal; the log shows what was handed over).

export const recordExportSchema = z.object({
  day: z.string().refine(isCalendarDate, 'records.page.invalidDay').optional(),
  format: z.enum(['pdf', 'csv']),
  locale: z.enum(['de', 'en']),
});
/** Raw, as it comes from the URL: the schema decides. */
export type RecordExportInput = { day?: string; format?: string; locale?: string };

export async function exportProcessingRecord(ctx: Ctx, input: RecordExportInput) {
  assertCan(ctx, 'records.export');
  const parsed = recordExportSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', 'records.page.invalidDay', { day: ['records.page.invalidDay'] });
  const { format, locale } = parsed.data;
  const { timeZone } = await getCalendarSettings(ctx);
  const today = localDate(ctx.now, timeZone);
  const day = parsed.data.day ?? today;
  // A record of the future would state agreements and a register nobody has decided on yet.
  if (day > today) throw new AppError('VALIDATION', 'records.page.invalidDay', { day: ['records.page.invalidDay'] });

  const record = await getProcessingRecord(ctx, { day });
  const bytes =
    format === 'pdf'
      ? await renderRecordPdf(buildRecordDocument(record, locale), record.generatedAt)
      : new TextEncoder().encode(recordCsv(record, locale));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await ctx.audit({
    action: 'records.exported',
    targetType: 'processing_record',
    targetId: day,
    details: { day, format, locale, controllers: record.controllers.length, transfers: record.transfers.length, sha256 },
  });
  return {
    bytes,
    sha256,
    fileName: recordFileName(day, locale, format),
    contentType: format === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8',
    record,
  };
}
