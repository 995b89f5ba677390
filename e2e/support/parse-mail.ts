// A small MIME reader for the mails our app sends through nodemailer (UTF-8; text/plain, or
// multipart with a text part, an HTML part and attachments). Enough for tests to read a mail the
// way a person would: who it is to, its subject, its text, its links and attachment names.

export type ParsedMail = {
  headers: Record<string, string>;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string | null; contentType: string; size: number }[];
};

/** A mail as the SMTP sink serves it on GET /messages. */
export type SinkMessage = ParsedMail & {
  id: number;
  receivedAt: string;
  envelope: { from: string | null; to: string[] };
};

type Part = { headers: Record<string, string>; body: Buffer };

export function parseMail(raw: Buffer): ParsedMail {
  const root = splitPart(raw);
  const texts: string[] = [];
  const htmls: string[] = [];
  const attachments: ParsedMail['attachments'] = [];
  walk(root, { texts, htmls, attachments });
  const h = root.headers;
  return {
    headers: Object.fromEntries(Object.entries(h).map(([k, v]) => [k, decodeWords(v)])),
    from: decodeWords(h.from ?? ''),
    to: splitAddresses(decodeWords([h.to, h.cc].filter(Boolean).join(', '))),
    subject: decodeWords(h.subject ?? ''),
    text: texts.join('\n'),
    html: htmls.length ? htmls.join('\n') : null,
    attachments,
  };
}

function walk(part: Part, out: { texts: string[]; htmls: string[]; attachments: ParsedMail['attachments'] }) {
  const { type, params } = parseHeaderValue(part.headers['content-type'] ?? 'text/plain; charset=utf-8');
  if (type.startsWith('multipart/') && params.boundary) {
    for (const child of splitMultipart(part.body, params.boundary)) walk(child, out);
    return;
  }
  const disposition = parseHeaderValue(part.headers['content-disposition'] ?? '');
  const body = decodeBody(part.body, part.headers['content-transfer-encoding']);
  const filename = disposition.params.filename ?? params.name ?? null;
  if (disposition.type === 'attachment' || (filename && !type.startsWith('text/'))) {
    out.attachments.push({ filename: filename ? decodeWords(filename) : null, contentType: type, size: body.length });
  } else if (type === 'text/html') {
    out.htmls.push(body.toString('utf8').replace(/\r\n/g, '\n'));
  } else if (type.startsWith('text/')) {
    out.texts.push(body.toString('utf8').replace(/\r\n/g, '\n'));
  }
}

function splitPart(raw: Buffer): Part {
  const text = raw.toString('latin1'); // byte-preserving; bodies are decoded as UTF-8 later
  const match = /\r?\n\r?\n/.exec(text);
  const headerText = match ? text.slice(0, match.index) : text;
  const body = match ? raw.subarray(match.index + match[0].length) : Buffer.alloc(0);
  const headers: Record<string, string> = {};
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8');
    headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
  }
  return { headers, body };
}

function splitMultipart(body: Buffer, boundary: string): Part[] {
  const text = body.toString('latin1');
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  const chunks = text.split(delimiter).slice(1); // before the first delimiter: the preamble
  for (const chunk of chunks) {
    if (chunk.startsWith('--')) break; // the closing delimiter
    const content = chunk.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, '');
    parts.push(splitPart(Buffer.from(content, 'latin1')));
  }
  return parts;
}

function decodeBody(body: Buffer, encoding = '7bit'): Buffer {
  switch (encoding.trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(body.toString('latin1').replace(/\s+/g, ''), 'base64');
    case 'quoted-printable':
      return decodeQuotedPrintable(body.toString('latin1'));
    default:
      return body;
  }
}

function decodeQuotedPrintable(text: string): Buffer {
  const unfolded = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    const hex = unfolded.slice(i + 1, i + 3);
    if (unfolded[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(unfolded.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= and =?UTF-8?B?...?= */
function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

function parseHeaderValue(value: string): { type: string; params: Record<string, string> } {
  const [type = '', ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    let key = param.slice(0, eq).trim().toLowerCase();
    let val = param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (key.endsWith('*')) {
      // RFC 2231: filename*=utf-8''Vertrag%20AV.pdf
      key = key.slice(0, -1);
      val = decodeURIComponent(val.replace(/^[^']*'[^']*'/, ''));
    }
    params[key] = val;
  }
  return { type: type.trim().toLowerCase(), params };
}

function splitAddresses(value: string): string[] {
  return value
    .split(',')
    .map((a) => (/<([^>]+)>/.exec(a)?.[1] ?? a).trim().toLowerCase())
    .filter(Boolean);
}
