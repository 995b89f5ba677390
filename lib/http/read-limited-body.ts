import { AppError } from '@/lib/errors';

/**
 * A request body, never more than `max` bytes in memory: null when the declared Content-Length is
 * over the limit (refused before reading) or when the body grows past it (chunked, or a lying
 * header; the rest is not read). A body the client stops sending (its connection closed mid-upload:
 * Node's "aborted", code ECONNRESET) is AppError BODY_INCOMPLETE (400), so that route() does not
 * take the socket code for an unreachable database and answer 503 with a false log line.
 */
export async function readLimitedBody(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((cause: unknown) => {
      throw Object.assign(new AppError('BODY_INCOMPLETE'), { cause });
    });
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
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
