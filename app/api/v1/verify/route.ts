// GET /api/v1/verify?sha256=… and POST /api/v1/verify (body: the PDF) - did the provider issue it?
import { createContext, inTransaction, type Ctx } from '@/lib/core/context';
import { route } from '@/lib/core/route';
import { AppError } from '@/lib/errors';
import { requestAddress } from '@/lib/http/request-address';
import { readPdfBody } from '@/lib/verify/read-pdf-body';
import { limitVerification, verifyDocument } from '@/lib/verify/verify-document';
import { verifyInputSchema } from '@/lib/verify/verify-schema';

// Public by design, like the verify page: whoever holds a file or its hash may ask. No authorize()
// call, but a per-IP limit, counted before the body is read, so hashes cannot be enumerated.
// Answers {issued: true, sha256, agreement: {…}} or {issued: false, sha256}; bad input gets 4xx
// with {error: CODE, fieldErrors?: {field: ['verify.…']}}.

/** An anonymous caller, known only by address and user agent (from the request itself). */
async function countedContext(request: Request) {
  const ctx = createContext({
    actor: null,
    request: { ip: requestAddress(request.headers), userAgent: request.headers.get('user-agent')?.slice(0, 500) ?? null },
  });
  await inTransaction(ctx, limitVerification);
  return ctx;
}

async function verifyParsed(ctx: Ctx<null>, raw: Record<string, unknown>) {
  const parsed = await verifyInputSchema.safeParseAsync(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || '_'] ??= []).push(issue.message);
    throw new AppError('VALIDATION', undefined, fieldErrors);
  }
  return verifyDocument(ctx, parsed.data);
}

export const GET = route(async (request: Request) => {
  const ctx = await countedContext(request);
  return verifyParsed(ctx, { sha256: new URL(request.url).searchParams.get('sha256') ?? '' });
});

export const POST = route(async (request: Request) => {
  const ctx = await countedContext(request);
  const bytes = await readPdfBody(request);
  return verifyParsed(ctx, { file: new File([bytes], 'upload.pdf', { type: 'application/pdf' }) });
});
