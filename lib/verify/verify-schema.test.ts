import { describe, expect, it } from 'vitest';
import { MAX_PDF_BYTES, startsWithPdfMagic, verifyInputSchema } from './verify-schema';

const pdf = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([bytes], 'vertrag.pdf', { type: 'application/pdf' });
};

async function issues(raw: unknown) {
  const result = await verifyInputSchema.safeParseAsync(raw);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.') || '_', issue.message]);
}

describe('startsWithPdfMagic', () => {
  it('knows a PDF by its first five bytes', () => {
    expect(startsWithPdfMagic(new TextEncoder().encode('%PDF-2.0'))).toBe(true);
    expect(startsWithPdfMagic(new TextEncoder().encode('%PDF'))).toBe(false);
    expect(startsWithPdfMagic(new TextEncoder().encode('PK\u0003\u0004'))).toBe(false);
    expect(startsWithPdfMagic(new Uint8Array(0))).toBe(false);
  });
});

describe('verifyInputSchema', () => {
  it('accepts a PDF up to 10 MB', async () => {
    const file = pdf(MAX_PDF_BYTES);
    expect(await verifyInputSchema.parseAsync({ file })).toEqual({ file });
  });

  it('refuses a file that is not a PDF, empty, or over 10 MB, one message each', async () => {
    expect(await issues({ file: new File(['Hallo'], 'brief.pdf') })).toEqual([['file', 'verify.file.notPdf']]);
    expect(await issues({ file: new File([], 'leer.pdf') })).toEqual([['file', 'verify.file.empty']]);
    expect(await issues({ file: pdf(MAX_PDF_BYTES + 1) })).toEqual([['file', 'verify.file.tooLarge']]);
    expect(await issues({ file: 'not a file' })).toEqual([['file', 'verify.file.required']]);
  });

  it('normalises a pasted hash: case, spaces and line breaks do not matter', async () => {
    const hash = 'A1'.repeat(32);
    expect(await verifyInputSchema.parseAsync({ sha256: `  ${hash.slice(0, 20)} \n${hash.slice(20)} ` })).toEqual({
      sha256: 'a1'.repeat(32),
    });
  });

  it('refuses a hash that is not 64 hex digits', async () => {
    expect(await issues({ sha256: 'abc' })).toEqual([['sha256', 'verify.sha256.invalid']]);
    expect(await issues({ sha256: 'g'.repeat(64) })).toEqual([['sha256', 'verify.sha256.invalid']]);
    expect(await issues({ sha256: 'a'.repeat(65) })).toEqual([['sha256', 'verify.sha256.invalid']]);
  });

  it('treats an untouched file input and a blank hash field as not given', async () => {
    expect(await issues({ file: new File([], ''), sha256: '   ' })).toEqual([['_', 'verify.missing']]);
    expect(await issues({})).toEqual([['_', 'verify.missing']]);
    const hash = 'b'.repeat(64);
    expect(await verifyInputSchema.parseAsync({ file: new File([], ''), sha256: hash })).toEqual({ sha256: hash });
  });

  it('refuses a file and a hash at once', async () => {
    expect(await issues({ file: pdf(), sha256: 'c'.repeat(64) })).toEqual([['_', 'verify.chooseOne']]);
  });
});
