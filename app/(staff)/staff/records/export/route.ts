// GET /staff/records/export?day=YYYY-MM-DD&format=pdf|csv&locale=de|en - the Art. 30(2) record as a file
import { route, routeContext } from '@/lib/core/route';
import { contentDisposition } from '@/lib/dpa/agreement-file-name';
import { exportProcessingRecord } from '@/lib/records/export-processing-record';

export const GET = route(async (request: Request) => {
  // Authorized here, where the record is read: privacy staff only (the page's check does not cover this URL).
  const ctx = await routeContext('records.export');
  const params = new URL(request.url).searchParams;
  const file = await exportProcessingRecord(ctx, {
    day: params.get('day') || undefined,
    format: params.get('format') ?? 'pdf',
    locale: params.get('locale') ?? ctx.locale,
  });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.length),
      'Content-Disposition': contentDisposition(file.fileName),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Content-SHA256': file.sha256,
    },
  });
});
