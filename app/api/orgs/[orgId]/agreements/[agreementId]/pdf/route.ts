// GET /api/orgs/:orgId/agreements/:agreementId/pdf - the signed DPA as a PDF download
import { jsonRoute } from '@/lib/api/json-route';
import { authorize } from '@/lib/auth/authorize';
import { contentDisposition } from '@/lib/dpa/agreement-file-name';
import { getAgreementPdf } from '@/lib/dpa/get-agreement-pdf';

type Context = { params: Promise<{ orgId: string; agreementId: string }> };

export const GET = jsonRoute<Context>(async (_request, { params }) => {
  const { orgId, agreementId } = await params;
  // Authorized here, where the file is read: the organisation's users and staff only.
  const actor = await authorize('agreement.download', { orgId });
  const pdf = await getAgreementPdf(actor, orgId, agreementId);
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
