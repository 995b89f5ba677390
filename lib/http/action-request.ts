// Is this POST a server-action request our pages can have sent? Next.js decodes the body with
// React's reply decoder before any of our code runs, and answers 500 to whatever it cannot decode:
// a body that is not JSON, a broken multipart body, or JSON that points at parts the request does
// not have ("$@1", "$Q1"). proxy.ts asks this first and answers 400 instead.
//
// What our forms send (React's encodeReply): the argument list as JSON, as the body (text/plain) or
// as the multipart field "0", with a FormData argument as "$K<n>" and its fields as "<n>_<name>".
// Strings that start with "$" are escaped as "$$…" by the encoder; the only other "$" forms that
// stand on their own are the constants below. Everything else refers to another part of the body
// (maps, sets, promises, blobs, streams, server references, temporary references): our actions
// take none of these, so a request with them was not written by our pages.

const SELF_CONTAINED = /^\$(?:\$|K[0-9a-f]+$|D|u|I|-|N|n-?\d{1,300}$)/;

function onlySelfContained(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === 'string') return !value.startsWith('$') || SELF_CONTAINED.test(value);
  if (Array.isArray(value)) return value.length <= 1000 && value.every((v) => onlySelfContained(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.values(value).every((v) => onlySelfContained(v, depth + 1));
  }
  return true;
}

/** The argument list as JSON: an array whose "$" strings all stand on their own. */
function argumentListProblem(json: string): string | null {
  let args: unknown;
  try {
    args = JSON.parse(json);
  } catch {
    return 'action body is not JSON';
  }
  if (!Array.isArray(args)) return 'action arguments are not a list';
  return onlySelfContained(args) ? null : 'action arguments refer to parts the request does not have';
}

/**
 * The largest body the app reads; the same number as MAX_REQUEST_BODY_BYTES in next.config.mjs
 * (a unit test holds them together), up to which Next.js buffers a body for proxy.ts.
 */
export const MAX_ACTION_BODY_BYTES = 11 * 1024 * 1024;

export type ActionRequestProblem = { status: 400 | 413; reason: string };

/** Why this action request cannot be one of ours, or null. Reads a clone; the body stays for Next.js. */
export async function actionRequestProblem(request: Request): Promise<ActionRequestProblem | null> {
  const bytes = await request.clone().arrayBuffer();
  // A chunked body (no declared length) arrives here cut at the limit; Next.js would read all of it.
  if (bytes.byteLength >= MAX_ACTION_BODY_BYTES) return { status: 413, reason: 'body over the size limit' };
  const type = request.headers.get('content-type') ?? '';
  const reason = type.toLowerCase().startsWith('multipart/form-data')
    ? await multipartProblem(bytes, type)
    : argumentListProblem(new TextDecoder().decode(bytes));
  return reason ? { status: 400, reason } : null;
}

/**
 * Next.js decodes multipart with busboy, which refuses a control character (other than tab) in a
 * part's headers with a 500 ("Malformed part header"); the parser below (undici's) takes them. A
 * field name with one is no field of ours (issue 15, item 3: found by the property fuzz).
 */
function controlInPartHeaders(bytes: ArrayBuffer, type: string): boolean {
  const boundary = /boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(type);
  if (!boundary) return false;
  const text = Buffer.from(bytes).toString('latin1');
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  for (let at = text.indexOf(delimiter); at !== -1; at = text.indexOf(`\r\n${delimiter}`, at + delimiter.length)) {
    const start = text.indexOf('\r\n', at + delimiter.length);
    const end = start === -1 ? -1 : text.indexOf('\r\n\r\n', start);
    if (end === -1) return false;
    if (/[\x00-\x08\x0a-\x1f\x7f]/.test(text.slice(start + 2, end).replaceAll('\r\n', ''))) return true;
  }
  return false;
}

async function multipartProblem(bytes: ArrayBuffer, type: string): Promise<string | null> {
  if (controlInPartHeaders(bytes, type)) return 'control character in a part header';
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    return 'malformed multipart body';
  }
  const root = form.get('0');
  // Without a root part the decoder waits for it until the connection times out.
  if (typeof root !== 'string') return 'multipart action without its argument list';
  return argumentListProblem(root);
}

/**
 * A multipart POST without a Next-Action header is a form posted without JavaScript. Next.js finds
 * the action in "$ACTION_ID_<id>" or, for a form with bound arguments, in "$ACTION_REF_<n>" with
 * "$ACTION_<n>:0" = {"id", "bound": "$@<part>"} and the bound arguments in "$ACTION_<n>:<part>".
 */
export async function formPostProblem(request: Request): Promise<string | null> {
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return 'malformed multipart body';
  }
  for (const key of form.keys()) {
    const ref = key.match(/^\$ACTION_REF_(\d+)$/)?.[1];
    if (ref === undefined) continue;
    const problem = boundActionProblem(form, `$ACTION_${ref}:`);
    if (problem) return problem;
  }
  return null;
}

function boundActionProblem(form: FormData, prefix: string): string | null {
  const text = form.get(`${prefix}0`);
  let meta: unknown;
  try {
    meta = typeof text === 'string' ? JSON.parse(text) : null;
  } catch {
    return 'form action reference is not JSON';
  }
  const { id, bound } = (meta ?? {}) as { id?: unknown; bound?: unknown };
  if (typeof id !== 'string') return 'form action reference without an id';
  if (bound === null || bound === undefined) return null;
  const part = typeof bound === 'string' ? bound.match(/^\$@([0-9a-f]{1,8})$/)?.[1] : undefined;
  const args = part === undefined ? null : form.get(`${prefix}${parseInt(part, 16)}`);
  if (typeof args !== 'string') return 'form action refers to arguments the request does not have';
  return argumentListProblem(args);
}
