// Benchmark: rendering the full signed DPA PDF (contract, Annexes I-IV with 15 subprocessors,
// evidence page) next to a bare pdf-lib document with the same text in Helvetica, measured in the
// same run. Reports; never fails. Run alone: npx tsx --conditions=react-server bench/pdf.ts
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { buildDpaDocument } from '@/lib/dpa/build-dpa-document';
import type { DocumentBlock } from '@/lib/dpa/dpa-document';
import { sampleDpaInput } from '@/lib/dpa/testing/sample-dpa-input';
import { evidenceBlocks } from '@/lib/pdf/evidence-blocks';
import { renderDpaPdf } from '@/lib/pdf/render-dpa-pdf';
import { sampleEvidence, sampleRenderOptions } from '@/lib/pdf/testing/sample-evidence';

const WARMUPS = 3;
const ITERATIONS = 20;
const GOAL_MS = 150;

/** Every text of the document as plain paragraphs, tables and fields flattened to lines. */
function plainText(blocks: DocumentBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'toc':
        return [];
      case 'annex':
        return [`${block.label}: ${block.text}`];
      case 'fields':
        return block.rows.map((row) => `${row.label}: ${[row.value].flat().join('; ')}`);
      case 'table':
        return [block.columns.map((c) => c.label), ...block.rows].map((row) => row.join(' | '));
      default:
        return [block.text];
    }
  });
}

/** The baseline: greedy word wrap with pdf-lib's own measuring, one standard font, no extras. */
async function renderBaseline(paragraphs: string[]): Promise<{ bytes: Uint8Array; pages: number }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  // Helvetica (WinAnsi) cannot encode e.g. "ł" or "→": replace what it lacks, as the portal cannot.
  const encodable = new Set(font.getCharacterSet());
  const clean = (text: string) => Array.from(text, (c) => (encodable.has(c.codePointAt(0)!) ? c : '?')).join('');
  const [size, leading, width, top, bottom] = [9.3, 12.6, 479, 771, 62];
  let page = pdf.addPage([595.28, 841.89]);
  let y = top;
  const line = (text: string, f: PDFFont) => {
    if (y - leading < bottom) {
      page = pdf.addPage([595.28, 841.89]);
      y = top;
    }
    page.drawText(text, { x: 58, y: y - size, size, font: f });
    y -= leading;
  };
  for (const paragraph of paragraphs.map(clean)) {
    let current = '';
    for (const word of paragraph.split(/\s+/)) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && font.widthOfTextAtSize(candidate, size) > width) {
        line(current, font);
        current = word;
      } else current = candidate;
    }
    if (current) line(current, font);
    y -= 5;
  }
  return { bytes: await pdf.save(), pages: pdf.getPageCount() };
}

async function measure(run: () => Promise<Uint8Array>) {
  for (let i = 0; i < WARMUPS; i++) await run();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    bytes = (await run()).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p90: at(0.9), min: times[0]!, bytes };
}

export async function benchPdf(): Promise<string> {
  const document = buildDpaDocument(sampleDpaInput('de'));
  const first = performance.now();
  const signed = await renderDpaPdf(document, sampleEvidence, sampleRenderOptions);
  const coldMs = performance.now() - first;
  const pages = (await PDFDocument.load(signed)).getPageCount();
  const subprocessors = sampleDpaInput('de').annex.subprocessors.length;

  const ours = await measure(() => renderDpaPdf(document, sampleEvidence, sampleRenderOptions));
  const paragraphs = plainText([...document.blocks, ...evidenceBlocks(sampleEvidence, sampleRenderOptions, 'de')]);
  const baselinePages = (await renderBaseline(paragraphs)).pages;
  const baseline = await measure(async () => (await renderBaseline(paragraphs)).bytes);

  const ms = (n: number) => n.toFixed(1);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    '## PDF: the signed DPA',
    '',
    `German DPA v2 with Annexes I–IV (${subprocessors} subprocessors) and the evidence page; ${WARMUPS} warm-ups, then ${ITERATIONS} runs, same process.`,
    '',
    '| document | pages | median ms | p90 ms | min ms | bytes |',
    '|---|---:|---:|---:|---:|---:|',
    `| \`renderDpaPdf\`: DejaVu Sans Condensed subsets, layout, outline, links | ${pages} | ${ms(ours.median)} | ${ms(ours.p90)} | ${ms(ours.min)} | ${kb(ours.bytes)} |`,
    `| baseline: bare pdf-lib, same text, Helvetica, greedy wrap | ${baselinePages} | ${ms(baseline.median)} | ${ms(baseline.p90)} | ${ms(baseline.min)} | ${kb(baseline.bytes)} |`,
    '',
    `First render in the process (reads and parses the fonts): ${ms(coldMs)} ms.`,
    `Goal: median under ${GOAL_MS} ms — ${ours.median < GOAL_MS ? 'met' : 'NOT met'} (${(ours.median / baseline.median).toFixed(1)}× the baseline).`,
    '',
  ].join('\n');
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('bench/pdf.ts')) {
  benchPdf().then(
    (section) => console.log(section),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
