import { describe, expect, it } from 'vitest';
import { readLimitedBody } from './read-limited-body';

const chunked = (...parts: string[]) =>
  new Request('https://portal.example/x', {
    method: 'POST',
    body: new ReadableStream({
      start(controller) {
        for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
        controller.close();
      },
    }),
    // @ts-expect-error Node's fetch needs this for a stream body
    duplex: 'half',
  });

describe('readLimitedBody', () => {
  it('reads a body up to the limit, whole', async () => {
    const bytes = await readLimitedBody(chunked('abc', 'def'), 6);
    expect(Buffer.from(bytes!).toString()).toBe('abcdef');
  });

  it('refuses a declared length over the limit before reading', async () => {
    const request = new Request('https://portal.example/x', { method: 'POST', body: 'abcdefg', headers: { 'content-length': '7' } });
    expect(await readLimitedBody(request, 6)).toBeNull();
    expect(request.bodyUsed).toBe(false);
  });

  it('stops a chunked body as soon as it grows past the limit', async () => {
    expect(await readLimitedBody(chunked('abcd', 'efgh', 'ijkl'), 6)).toBeNull();
  });

  it('turns a body the client broke off into BODY_INCOMPLETE (400), keeping the cause', async () => {
    const aborted = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    const request = new Request('https://portal.example/x', {
      method: 'POST',
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('abc'));
          controller.error(aborted);
        },
      }),
      // @ts-expect-error Node's fetch needs this for a stream body
      duplex: 'half',
    });
    const failure = await readLimitedBody(request, 6).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'AppError', code: 'BODY_INCOMPLETE', status: 400, cause: aborted });
  });

  it('answers an empty body with no bytes', async () => {
    expect(await readLimitedBody(new Request('https://portal.example/x', { method: 'POST' }), 6)).toEqual(new Uint8Array(0));
  });
});
