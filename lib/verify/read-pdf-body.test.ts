import { describe, expect, it } from 'vitest';
import { readPdfBody } from './read-pdf-body';

const post = (body: BodyInit | null, headers: Record<string, string>) =>
  new Request('http://localhost/api/v1/verify', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

/** A body that arrives in chunks of `chunk` bytes, without a Content-Length. */
function streamOf(total: number, chunk: number) {
  let sent = 0;
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size));
    },
  });
  return { stream, pulls: () => pulls };
}

describe('readPdfBody', () => {
  it('reads an application/pdf body', async () => {
    const bytes = await readPdfBody(post('%PDF-1.7', { 'content-type': 'application/pdf; charset=binary' }));
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
  });

  it('refuses another content type with UNSUPPORTED_MEDIA_TYPE', async () => {
    await expect(readPdfBody(post('%PDF-1.7', { 'content-type': 'text/plain' }))).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 });
    await expect(readPdfBody(post('%PDF-1.7', {}))).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const body = streamOf(100, 10);
    const request = post(body.stream, { 'content-type': 'application/pdf', 'content-length': '101' });
    await expect(readPdfBody(request, 100)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    const body = streamOf(1_000, 10);
    await expect(readPdfBody(post(body.stream, { 'content-type': 'application/pdf' }), 95)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(body.pulls()).toBeLessThan(15);
  });

  it('accepts a body of exactly the limit', async () => {
    const body = streamOf(100, 30);
    expect((await readPdfBody(post(body.stream, { 'content-type': 'application/pdf' }), 100)).byteLength).toBe(100);
  });
});

