// GET /staff/audit/export?org=&actor=&action=&from=&to= - a filtered range of the audit log as CSV
import { auditFilterSchema } from '@/lib/audit/audit-filters';
import { exportAuditCsv } from '@/lib/audit/export-audit-csv';
import { route, routeContext } from '@/lib/core/route';
import { AppError } from '@/lib/errors';

export const GET = route(async (request: Request) => {
  // Authorized here, in the handler: proxy.ts and the staff layout are only comfort.
  const ctx = await routeContext('audit.view');
  const parsed = auditFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError('VALIDATION');
  const lines = await exportAuditCsv(ctx, { filter: parsed.data });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await lines.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const stamp = ctx.now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-log-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
