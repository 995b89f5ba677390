import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { actionRequestProblem, formPostProblem, MAX_ACTION_BODY_BYTES } from './action-request';

const post = (body: BodyInit, type?: string) =>
  new Request('http://app.test/sign-in', { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe('actionRequestProblem', () => {
  it('accepts what our forms send: an argument list, as JSON or as the multipart root', async () => {
    expect(await actionRequestProblem(post('[{"email":"a@b.example","callbackUrl":"$$/x"}]', 'text/plain;charset=UTF-8'))).toBeNull();
    expect(await actionRequestProblem(post('["$undefined","$D2025-01-01T00:00:00.000Z","$n123","$-0","$Infinity","$NaN"]', 'text/plain'))).toBeNull();
    expect(await actionRequestProblem(post(form({ '0': '[{"ok":false,"error":"VALIDATION"},"$K1"]', '1_email': '$oops' })))).toBeNull();
  });

  it.each([
    ['{not json', 'not JSON'],
    ['', 'not JSON'],
    ['1', 'not a list'],
    ['null', 'not a list'],
    ['"$@1"', 'not a list'],
    ['["$@1"]', 'refer to parts'],
    ['["$Q1"]', 'refer to parts'],
    ['[{"a":["$T"]}]', 'refer to parts'],
    ['["$h1"]', 'refer to parts'],
    ['["$1"]', 'refer to parts'],
    ['["$n12a"]', 'refer to parts'],
    ['["$B1"]', 'refer to parts'],
    ['["$"]', 'refer to parts'],
  ])('refuses the body %s', async (body, problem) => {
    expect((await actionRequestProblem(post(body, 'text/plain;charset=UTF-8')))?.reason).toContain(problem);
  });

  it('refuses broken multipart and multipart without its argument list', async () => {
    const broken = '--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]';
    const reason = async (request: Request) => (await actionRequestProblem(request))?.reason;
    expect(await reason(post(broken, 'multipart/form-data; boundary=XX'))).toBe('malformed multipart body');
    expect(await reason(post('garbage', 'multipart/form-data'))).toBe('malformed multipart body');
    expect(await reason(post(form({ '1_email': 'a@b.example' })))).toContain('without its argument list');
    expect(await reason(post(form({ '0': '["$Q2"]' })))).toContain('refer to parts');
  });

  it('refuses a control character in a part header, which the decoder of Next.js answers with a 500', async () => {
    const body = (name: string) =>
      `--XX\r\nContent-Disposition: form-data; name="${name}"\r\n\r\nx\r\n--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--XX--\r\n`;
    const reason = async (name: string) => (await actionRequestProblem(post(body(name), 'multipart/form-data; boundary=XX')))?.reason;
    expect(await reason('1_a\u0001')).toBe('control character in a part header');
    expect(await reason('1_a\u007f')).toBe('control character in a part header');
    expect(await reason('1_a\u0000b')).toBe('control character in a part header');
    // Tabs, spaces and letters beyond ASCII are what busboy takes too.
    expect(await reason('1_a\tb ä😀')).toBeUndefined();
  });

  it('answers 413 to a body at the limit: Next.js cuts a chunked body there and would read on', async () => {
    const config = pathToFileURL(path.join(process.cwd(), 'next.config.mjs')).href;
    const { MAX_REQUEST_BODY_BYTES } = (await import(config)) as { MAX_REQUEST_BODY_BYTES: number };
    expect(MAX_ACTION_BODY_BYTES).toBe(MAX_REQUEST_BODY_BYTES);
    const cut = new Uint8Array(MAX_ACTION_BODY_BYTES);
    expect(await actionRequestProblem(post(cut, 'text/plain'))).toEqual({ status: 413, reason: 'body over the size limit' });
  });

  it('leaves the body readable for Next.js', async () => {
    const request = post('[{"email":"a@b.example"}]', 'text/plain');
    await actionRequestProblem(request);
    expect(await request.text()).toBe('[{"email":"a@b.example"}]');
  });
});

describe('formPostProblem', () => {
  it('accepts a plain form and a bound form action with its arguments', async () => {
    expect(await formPostProblem(post(form({ $ACTION_ID_7f00: '', locale: 'en' })))).toBeNull();
    const bound = form({ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"7f00","bound":"$@1"}', '$ACTION_1:1': '[null]', email: 'a@b.example' });
    expect(await formPostProblem(post(bound))).toBeNull();
  });

  it.each([
    [{ $ACTION_REF_1: '', '$ACTION_1:0': '{bad' }, 'not JSON'],
    [{ $ACTION_REF_1: '', '$ACTION_1:0': '{"bound":null}' }, 'without an id'],
    [{ $ACTION_REF_1: '' }, 'without an id'],
    [{ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"7f00","bound":"$@1"}' }, 'arguments the request does not have'],
    [{ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"7f00","bound":"$@1"}', '$ACTION_1:1': '["$Q9"]' }, 'refer to parts'],
  ])('refuses %j', async (entries, problem) => {
    expect(await formPostProblem(post(form(entries as Record<string, string>)))).toContain(problem);
  });
});
