// GET /api/orgs/:orgId/agreements/:agreementId/pdf - the signed DPA as a PDF download
import { route, routeContext } from '@/lib/core/route';
import { contentDisposition } from '@/lib/dpa/agreement-file-name';
import { getAgreementPdf } from '@/lib/dpa/get-agreement-pdf';

type Context = { params: Promise<{ orgId: string; agreementId: string }> };

export const GET = route<Context>(async (_request, { params }) => {
  const { orgId, agreementId } = await params;
  // Authorized here, where the file is read: the organisation's users and staff only.
  const ctx = await routeContext('agreement.download', { orgId });
  const pdf = await getAgreementPdf(ctx, { orgId, agreementId });
  return new Response(Buffer.from(pdf.bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.bytes.length),
      'Content-Disposition': contentDisposition(pdf.fileName),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      // Lets a customer compare the download with the hash the portal shows.
      'X-Content-SHA256': pdf.sha256,
    },
  });
});
