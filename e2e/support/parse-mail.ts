import { simpleParser, type AddressObject, type HeaderValue, type StructuredHeader } from 'mailparser';

// Reads a mail the way a person would (who it is to, its subject, its text, its links and
// attachment names) with mailparser, the MIME parser of the nodemailer project: encoded words,
// transfer encodings, multipart nesting and RFC 2231 file names are its job, not ours.

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

export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  const mail = await simpleParser(raw, { skipTextToHtml: true, skipTextLinks: true });
  return {
    headers: Object.fromEntries([...mail.headers].map(([key, value]) => [key, headerText(value)])),
    from: mail.from?.text ?? '',
    to: [mail.to, mail.cc].flatMap(addresses),
    subject: mail.subject ?? '',
    text: (mail.text ?? '').replace(/\r\n/g, '\n'),
    html: mail.html || null,
    attachments: mail.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType, size: a.size })),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((o) => o.value).flatMap((a) => (a.address ? [a.address.toLowerCase()] : []));
}

/** A header as one line of text, decoded, whatever structure mailparser gave it. */
function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => headerText(v)).join(', ');
  if ('value' in value && typeof value.value === 'string') {
    const params = Object.entries((value as StructuredHeader).params ?? {}).map(([k, v]) => `; ${k}=${v}`);
    return `${value.value}${params.join('')}`;
  }
  return 'text' in value && typeof value.text === 'string' ? value.text : JSON.stringify(value);
}
