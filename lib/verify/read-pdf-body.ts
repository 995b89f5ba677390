import { AppError } from '@/lib/errors';
import { readLimitedBody } from '@/lib/http/read-limited-body';
import { MAX_PDF_BYTES } from './verify-schema';

/**
 * Reads a POSTed PDF for the verify API: only `Content-Type: application/pdf`, and never more than
 * `max` bytes in memory. A declared Content-Length over the limit is refused before reading; a body
 * that grows past it (chunked, or a lying header) is refused as soon as it does.
 */
export async function readPdfBody(request: Request, max = MAX_PDF_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/pdf') throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const bytes = await readLimitedBody(request, max);
  if (!bytes) throw new AppError('PAYLOAD_TOO_LARGE');
  return bytes;
}

