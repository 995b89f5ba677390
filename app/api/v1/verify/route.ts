// GET /api/v1/verify?sha256=… and POST /api/v1/verify (body: the PDF) - did the provider issue it?
import { getDb } from '@/db/client';
import { jsonRoute } from '@/lib/api/json-route';
import { AppError } from '@/lib/errors';
import { requestAddress } from '@/lib/http/request-address';
import { readPdfBody } from '@/lib/verify/read-pdf-body';
import { limitVerification, verifyDocument } from '@/lib/verify/verify-document';
import { verifyInputSchema } from '@/lib/verify/verify-schema';

// Public by design, like the verify page: whoever holds a file or its hash may ask. No authorize()
// call, but a per-IP limit, counted before the body is read, so hashes cannot be enumerated.
// Answers {issued: true, sha256, agreement: {…}} or {issued: false, sha256}; bad input gets 4xx
// with {error: CODE, fieldErrors?: {field: ['verify.…']}}.

async function verifyParsed(raw: Record<string, unknown>) {
  const parsed = await verifyInputSchema.safeParseAsync(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || '_'] ??= []).push(issue.message);
    throw new AppError('VALIDATION', undefined, fieldErrors);
  }
  return verifyDocument(getDb(), parsed.data);
}

async function countRequest(request: Request) {
  await getDb().transaction((tx) => limitVerification(tx, requestAddress(request.headers)));
}

export const GET = jsonRoute(async (request: Request) => {
  await countRequest(request);
  return verifyParsed({ sha256: new URL(request.url).searchParams.get('sha256') ?? '' });
});

export const POST = jsonRoute(async (request: Request) => {
  await countRequest(request);
  const bytes = await readPdfBody(request);
  return verifyParsed({ file: new File([bytes], 'upload.pdf', { type: 'application/pdf' }) });
});
