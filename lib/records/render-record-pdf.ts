import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { layoutBlocks } from '@/lib/pdf/layout-blocks';
import { COLOR, MARGIN, PAGE, STYLE } from '@/lib/pdf/page-style';
import { dpaFontFaces, dpaFontkit } from '@/lib/pdf/pdf-fonts';
import { draw, fontMeasures } from '@/lib/pdf/render-dpa-pdf';
import { translator } from '@/lib/i18n/translate';
import type { RecordDocument } from './build-record-document';

// The Art. 30(2) record as a PDF: the DPA's layout, fonts (DejaVu, so umlauts and "–" extract as
// text) and drawing, with its own header and footer. No table of contents: the record is short and
// read front to back.

const muted = rgb(COLOR.muted[0], COLOR.muted[1], COLOR.muted[2]);
const ruleColor = rgb(COLOR.rule[0], COLOR.rule[1], COLOR.rule[2]);

function drawFrame(page: PDFPage, index: number, count: number, document: RecordDocument, fonts: { regular: PDFFont; bold: PDFFont }) {
  const { size } = STYLE.header;
  const right = PAGE.width - MARGIN.right;
  const headerY = PAGE.height - 42;
  page.drawText(document.providerName, { x: MARGIN.left, y: headerY, size: size + 1.5, font: fonts.bold, color: muted });
  const short = document.shortTitle;
  page.drawText(short, { x: right - fonts.regular.widthOfTextAtSize(short, size), y: headerY, size, font: fonts.regular, color: muted });
  page.drawLine({ start: { x: MARGIN.left, y: headerY - 6 }, end: { x: right, y: headerY - 6 }, thickness: 0.5, color: ruleColor });
  const footerY = 36;
  page.drawLine({ start: { x: MARGIN.left, y: footerY + 12 }, end: { x: right, y: footerY + 12 }, thickness: 0.5, color: ruleColor });
  const label = translator(document.locale)('records.document.page', { page: index + 1, pages: count });
  page.drawText(label, { x: right - fonts.regular.widthOfTextAtSize(label, size), y: footerY, size, font: fonts.regular, color: muted });
}

export async function renderRecordPdf(document: RecordDocument, generatedAt: Date): Promise<Uint8Array> {
  const faces = dpaFontFaces();
  const layout = layoutBlocks(document.blocks, { entries: [], heading: '' }, fontMeasures());
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(dpaFontkit);
  const fonts = {
    regular: await pdf.embedFont(faces.regular.bytes, { subset: true, customName: faces.regular.pdfName }),
    bold: await pdf.embedFont(faces.bold.bytes, { subset: true, customName: faces.bold.pdfName }),
  };
  pdf.setTitle(document.title, { showInWindowTitleBar: true });
  pdf.setAuthor(document.providerName);
  pdf.setSubject(document.subject);
  pdf.setLanguage(document.locale === 'de' ? 'de-DE' : 'en-GB');
  pdf.setCreator(`${document.providerName} – DPA portal`);
  pdf.setProducer('DPA portal (pdf-lib)');
  pdf.setCreationDate(generatedAt);
  pdf.setModificationDate(generatedAt);

  const pages = layout.pages.map(() => pdf.addPage([PAGE.width, PAGE.height]));
  layout.pages.forEach((laidOut, index) => {
    const page = pages[index]!;
    // The record has no page references (no table of contents); 0 would show a layout bug.
    for (const op of laidOut.ops) draw(page, op, fonts, () => 0);
    drawFrame(page, index, pages.length, document, fonts);
  });
  return pdf.save();
}
