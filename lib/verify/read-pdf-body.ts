import { AppError } from '@/lib/errors';
import { MAX_PDF_BYTES } from './verify-schema';

/**
 * Reads a POSTed PDF for the verify API: only `Content-Type: application/pdf`, and never more than
 * `max` bytes in memory. A declared Content-Length over the limit is refused before reading; a body
 * that grows past it (chunked, or a lying header) is refused as soon as it does.
 */
export async function readPdfBody(request: Request, max = MAX_PDF_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/pdf') throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > max) throw new AppError('PAYLOAD_TOO_LARGE');
  if (!request.body) return new Uint8Array(0);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw new AppError('PAYLOAD_TOO_LARGE');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

