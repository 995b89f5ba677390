import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { DpaDocument } from '@/lib/dpa/dpa-document';
import { documentLabels } from '@/lib/dpa/dpa-document-labels';
import { addLinks, addOutline } from './add-outline';
import { evidenceBlocks, type EvidenceOptions, evidenceTocEntry, pageLabel, type SigningEvidence } from './evidence-blocks';
import { layoutBlocks } from './layout-blocks';
import type { DrawOp } from './page-flow';
import { COLOR, MARGIN, PAGE, type Rgb, STYLE } from './page-style';
import { dpaFontFaces, dpaFontkit } from './pdf-fonts';
import { createMeasure, type Measure } from './wrap-text';

// The signed DPA as a PDF: contract, Annexes I-IV and the evidence page, in the Unicode font
// shipped with the project, with metadata, bookmarks and a linked table of contents.
// Deterministic: the same document and evidence give the same bytes (dates are the signing time,
// the subset font names and the trailer /ID are derived, not random), so a re-render can be
// compared with the stored file.

export type RenderDpaPdfOptions = EvidenceOptions;

let measures: { regular: Measure; bold: Measure } | null = null;
/** Word widths are cached for the life of the process; the vocabulary of contracts is small. */
export function fontMeasures() {
  const faces = dpaFontFaces();
  measures ??= { regular: createMeasure(faces.regular), bold: createMeasure(faces.bold) };
  return measures;
}

const color = (c: Rgb) => rgb(c[0], c[1], c[2]);

/** Draws one laid-out operation; the Art. 30 record (lib/records) prints with it too. */
export function draw(page: PDFPage, op: DrawOp, fonts: { regular: PDFFont; bold: PDFFont }, pageNumberOf: (anchor: string) => number) {
  switch (op.kind) {
    case 'text':
      page.drawText(op.text, { x: op.x, y: op.y, size: op.size, font: op.bold ? fonts.bold : fonts.regular, color: color(op.color) });
      break;
    case 'line':
      page.drawLine({
        start: { x: op.x1, y: op.y1 },
        end: { x: op.x2, y: op.y2 },
        thickness: op.thickness,
        color: color(op.color),
        dashArray: op.dash,
      });
      break;
    case 'rect':
      page.drawRectangle({ x: op.x, y: op.y, width: op.width, height: op.height, color: color(op.color) });
      break;
    case 'pageref': {
      const font = op.bold ? fonts.bold : fonts.regular;
      const text = String(pageNumberOf(op.anchor));
      page.drawText(text, { x: op.xRight - font.widthOfTextAtSize(text, op.size), y: op.y, size: op.size, font, color: color(op.color) });
      break;
    }
  }
}

/** Header and footer with "Seite x von y" on every page. */
function drawPageFrame(page: PDFPage, index: number, count: number, document: DpaDocument, fonts: { regular: PDFFont; bold: PDFFont }) {
  const { size } = STYLE.header;
  const font = fonts.regular;
  const right = PAGE.width - MARGIN.right;
  const muted = color(COLOR.muted);
  // Page 1 carries the provider's name as a masthead, the others the running header.
  const headerY = PAGE.height - 42;
  if (index === 0) {
    page.drawText(document.providerName, { x: MARGIN.left, y: headerY, size: size + 1.5, font: fonts.bold, color: color(COLOR.heading) });
  } else {
    page.drawText(document.shortTitle, { x: MARGIN.left, y: headerY, size, font, color: muted });
  }
  const customer = index === 0 ? document.shortTitle : document.customer.legalName;
  page.drawText(customer, { x: right - font.widthOfTextAtSize(customer, size), y: headerY, size, font, color: muted });
  page.drawLine({ start: { x: MARGIN.left, y: headerY - 6 }, end: { x: right, y: headerY - 6 }, thickness: 0.5, color: color(COLOR.rule) });
  const footerY = 36;
  page.drawLine({ start: { x: MARGIN.left, y: footerY + 12 }, end: { x: right, y: footerY + 12 }, thickness: 0.5, color: color(COLOR.rule) });
  const left = `${document.providerName} · ${document.customer.customerNumber}`;
  page.drawText(left, { x: MARGIN.left, y: footerY, size, font, color: muted });
  const label = pageLabel[document.locale](index + 1, count);
  page.drawText(label, { x: right - font.widthOfTextAtSize(label, size), y: footerY, size, font, color: muted });
}

function setMetadata(pdf: PDFDocument, document: DpaDocument, evidence: SigningEvidence) {
  pdf.setTitle(`${document.title} – ${document.customer.legalName}`, { showInWindowTitleBar: true });
  pdf.setAuthor(document.providerName);
  pdf.setSubject(document.subject);
  pdf.setKeywords(document.keywords);
  pdf.setLanguage(document.locale === 'de' ? 'de-DE' : 'en-GB');
  pdf.setCreator(`${document.providerName} – DPA portal`);
  pdf.setProducer('DPA portal (pdf-lib)');
  pdf.setCreationDate(evidence.signedAt);
  pdf.setModificationDate(evidence.signedAt);
  // The trailer /ID identifies the file; derived from the agreement instead of random bytes.
  const id = createHash('sha256')
    .update([evidence.agreementId, evidence.signedAt.toISOString(), evidence.template.sha256, evidence.annexSha256, document.locale].join('\n'))
    .digest('hex')
    .slice(0, 32);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

export async function renderDpaPdf(document: DpaDocument, evidence: SigningEvidence, options: RenderDpaPdfOptions): Promise<Uint8Array> {
  const faces = dpaFontFaces();
  const toc = [...document.toc, evidenceTocEntry(document.locale)];
  const layout = layoutBlocks(
    [...document.blocks, ...evidenceBlocks(evidence, options, document.locale)],
    { entries: toc, heading: documentLabels[document.locale].toc },
    fontMeasures(),
    // The contract ends and the annexes begin on a fresh page; so do the governing German text
    // of an English document and the evidence page.
    new Set(['governing-de', 'annex-1', 'evidence']),
  );

  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(dpaFontkit);
  const fonts = {
    regular: await pdf.embedFont(faces.regular.bytes, { subset: true, customName: faces.regular.pdfName }),
    bold: await pdf.embedFont(faces.bold.bytes, { subset: true, customName: faces.bold.pdfName }),
  };
  setMetadata(pdf, document, evidence);

  const anchorOf = (anchor: string) => {
    const position = layout.anchors.get(anchor);
    if (!position) throw new Error(`The table of contents names "${anchor}", which the document lacks`);
    return position;
  };
  const pages = layout.pages.map(() => pdf.addPage([PAGE.width, PAGE.height]));
  layout.pages.forEach((laidOut, index) => {
    const page = pages[index]!;
    for (const op of laidOut.ops) draw(page, op, fonts, (anchor) => anchorOf(anchor).page + 1);
    drawPageFrame(page, index, pages.length, document, fonts);
  });

  const target = (anchor: string) => ({ pageRef: pages[anchorOf(anchor).page]!.ref, y: anchorOf(anchor).y + 6 });
  addOutline(pdf, toc.map((entry) => ({ title: entry.text, level: entry.level, ...target(entry.anchor) })));
  layout.pages.forEach((laidOut, index) =>
    addLinks(pdf, index, laidOut.links.map(({ anchor, ...rect }) => ({ ...rect, target: target(anchor) }))),
  );
  return pdf.save();
}
