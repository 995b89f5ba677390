import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDpaDocument } from '@/lib/dpa/build-dpa-document';
import { sampleDpaInput } from '@/lib/dpa/testing/sample-dpa-input';
import { renderDpaPdf } from './render-dpa-pdf';
import { sampleEvidence, sampleRenderOptions } from './testing/sample-evidence';

// The PDF is checked with real tools, as a customer's or an auditor's software would read it:
// qpdf for structure, poppler's pdftotext/pdfinfo for text and metadata, pdf-lib for the rest.

const INSTALL = 'PDF tools missing: run `apt-get install -y qpdf poppler-utils`';

function tool(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(INSTALL);
  return result;
}

let dir: string;
const files: Record<'de' | 'en', { file: string; bytes: Uint8Array }> = {} as never;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpa-pdf-'));
  for (const locale of ['de', 'en'] as const) {
    const bytes = await renderDpaPdf(buildDpaDocument(sampleDpaInput(locale)), sampleEvidence, sampleRenderOptions);
    const file = path.join(dir, `dpa-${locale}.pdf`);
    fs.writeFileSync(file, bytes);
    files[locale] = { file, bytes };
  }
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const text = (locale: 'de' | 'en') => tool('pdftotext', ['-enc', 'UTF-8', files[locale].file, '-']).stdout;
const info = (locale: 'de' | 'en') =>
  Object.fromEntries(
    tool('pdfinfo', ['-enc', 'UTF-8', files[locale].file]).stdout.split('\n').map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }),
  );

describe('renderDpaPdf', () => {
  it.each(['de', 'en'] as const)('passes qpdf --check (%s)', (locale) => {
    const result = tool('qpdf', ['--check', files[locale].file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('extracts German text with umlauts and ß intact', () => {
    const extracted = text('de');
    for (const word of ['Auftragsverarbeitung', 'Maßnahmen', 'Übermittlung', 'Drittländer', '„Auftraggeber“', 'Übersetzungsbüro Größer &', 'Söhne', 'Wisła Archiwum']) {
      expect(extracted).toContain(word);
    }
    expect(extracted).not.toContain('\uFFFD');
  });

  it('names the organisation, the version, the signer and every hash', () => {
    const extracted = text('de');
    const compact = extracted.replace(/\s+/g, '');
    expect(extracted).toContain('Bäckerei Hofmann GmbH & Co. KG');
    expect(extracted).toContain('K-10001');
    expect(extracted).toContain('Fassung 2');
    expect(extracted).toContain('Anna Becker');
    expect(extracted).toContain('Geschäftsführerin');
    expect(extracted).toContain('203.0.113.47');
    expect(extracted).toContain(sampleEvidence.agreementId);
    for (const hash of [sampleEvidence.template.sha256, sampleEvidence.toms.sha256, sampleEvidence.annexSha256, sampleEvidence.consentTextSha256]) {
      expect(compact).toContain(hash);
    }
  });

  it('gives the signing time in UTC and in the provider’s time zone, and where to verify', () => {
    const extracted = text('de');
    expect(extracted).toContain('2025-07-14 13:42:07 UTC');
    expect(extracted).toContain('14. Juli 2025 um 15:42:07 MESZ');
    expect(extracted).toContain('https://portal.nordwind-it.example/verify');
    const english = text('en');
    expect(english).toContain('14 July 2025 at 15:42:07 CEST');
    expect(english).toContain('Evidence of conclusion in an electronic format');
  });

  it('numbers the pages and lists the annexes', () => {
    const pages = Number(info('de').Pages);
    const extracted = text('de');
    expect(extracted).toContain(`Seite 1 von ${pages}`);
    expect(extracted).toContain(`Seite ${pages} von ${pages}`);
    expect(extracted).toContain('Anlage IV');
    expect(text('en')).toContain(`Page 1 of ${info('en').Pages}`);
  });

  it('carries title, author, subject and dates that pdfinfo reads', () => {
    const meta = info('de');
    expect(meta.Title).toContain('Bäckerei Hofmann GmbH & Co. KG');
    expect(meta.Title).toContain('Art. 28 DSGVO');
    expect(meta.Author).toBe('Nordwind IT-Service GmbH');
    expect(meta.Subject).toContain('K-10001');
    expect(meta['Page size']).toContain('A4');
    // About 12 pages of contract, annexes and evidence; the German text runs a little longer.
    expect(Number(meta.Pages)).toBeGreaterThanOrEqual(10);
    expect(Number(meta.Pages)).toBeLessThanOrEqual(16);
  });

  it('reads back with pdf-lib: metadata, language, bookmarks', async () => {
    const pdf = await PDFDocument.load(files.de.bytes, { updateMetadata: false });
    expect(pdf.getAuthor()).toBe('Nordwind IT-Service GmbH');
    expect(pdf.getKeywords()).toContain('K-10001');
    expect(pdf.getCreationDate()?.toISOString()).toBe(sampleEvidence.signedAt.toISOString());
    expect(pdf.getModificationDate()?.toISOString()).toBe(sampleEvidence.signedAt.toISOString());
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString, PDFHexString).decodeText()).toBe('de-DE');

    const outlines = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const titles: string[] = [];
    for (let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push(item.lookup(PDFName.of('Title'), PDFHexString).decodeText());
      const dest = item.lookup(PDFName.of('Dest'), PDFArray);
      expect(dest.size()).toBe(5);
    }
    expect(titles).toEqual([
      'Vertrag über die Verarbeitung personenbezogener Daten im Auftrag gemäß Art. 28 DSGVO',
      'Anlage I: Vertragsparteien und Ansprechpartner',
      'Anlage II: Beschreibung der Verarbeitung',
      'Anlage III: Technische und organisatorische Maßnahmen',
      'Anlage IV: Genehmigte Unterauftragsverarbeiter',
      'Nachweis des elektronischen Vertragsschlusses',
    ]);
    expect(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBeGreaterThan(30);
  });

  it('embeds only font subsets', () => {
    const fonts = tool('pdffonts', [files.de.file]).stdout;
    expect(fonts).toContain('DPAPRT+DejaVuSansCondensed ');
    expect(fonts).toContain('DPAPRT+DejaVuSansCondensed-Bold');
    expect(fonts.match(/\byes yes yes\b/g)).toHaveLength(2);
  });

  it('renders the same input to the same bytes', async () => {
    const again = await renderDpaPdf(buildDpaDocument(sampleDpaInput('de')), sampleEvidence, sampleRenderOptions);
    expect(Buffer.from(again).equals(Buffer.from(files.de.bytes))).toBe(true);
  });

  it('checks the tools are really there', () => {
    expect(execFileSync('qpdf', ['--version'], { encoding: 'utf8' })).toMatch(/qpdf version/);
  });
});
