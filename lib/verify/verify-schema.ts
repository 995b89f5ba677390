import { z } from 'zod';

// What the verify page and the verify API accept: a PDF file or a SHA-256 fingerprint. Shared by
// the form (checked in the browser before a 10 MB upload is sent) and the action (the truth).
// Messages are dictionary keys ('verify.…'); parse with safeParseAsync, because the PDF check reads
// the file's first bytes.

export const MAX_PDF_BYTES = 10 * 1024 * 1024;

/** Every PDF starts with "%PDF-" (ISO 32000-1, 7.5.2); a renamed .docx or .txt does not. */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

export function startsWithPdfMagic(head: Uint8Array): boolean {
  return PDF_MAGIC.every((byte, i) => head[i] === byte);
}

export const pdfFileSchema = z
  .file({ error: 'verify.file.required' })
  .min(1, { error: 'verify.file.empty', abort: true })
  .max(MAX_PDF_BYTES, { error: 'verify.file.tooLarge', abort: true })
  .refine(async (file) => startsWithPdfMagic(new Uint8Array(await file.slice(0, PDF_MAGIC.length).arrayBuffer())), {
    error: 'verify.file.notPdf',
  });

/**
 * A fingerprint as people paste it: upper or lower case, copied out of a PDF with line breaks or
 * spaces in the middle. Normalised to 64 lower-case hex digits, the form stored in agreements.pdf_sha256.
 */
export const sha256Schema = z
  .string({ error: 'verify.sha256.required' })
  .transform((value) => value.replace(/\s+/g, '').toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { error: 'verify.sha256.required', abort: true })
      .regex(/^[0-9a-f]{64}$/, { error: 'verify.sha256.invalid' }),
  );

/** A file input left empty arrives as a nameless, empty File; a blank text field as ''. */
function withoutEmptyFields(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const { file, sha256, ...rest } = raw as Record<string, unknown>;
  const fileGiven = !(file === undefined || file === null || file === '' || (file instanceof Blob && file.size === 0 && !('name' in file && file.name)));
  const hashGiven = !(sha256 === undefined || sha256 === null || (typeof sha256 === 'string' && sha256.trim() === ''));
  return { ...rest, ...(fileGiven ? { file } : {}), ...(hashGiven ? { sha256 } : {}) };
}

export const verifyInputSchema = z
  .preprocess(withoutEmptyFields, z.object({ file: pdfFileSchema.optional(), sha256: sha256Schema.optional() }))
  .superRefine((input, ctx) => {
    if (!input.file && input.sha256 === undefined) ctx.addIssue({ code: 'custom', path: [], message: 'verify.missing' });
    if (input.file && input.sha256 !== undefined) ctx.addIssue({ code: 'custom', path: [], message: 'verify.chooseOne' });
  });

export type VerifyInput = z.output<typeof verifyInputSchema>;
