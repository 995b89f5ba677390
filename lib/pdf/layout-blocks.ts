import type { AnnexBlock, DocumentBlock, TextBlock, TocEntry } from '@/lib/dpa/dpa-document';
import { fieldsHeight, layoutFields, layoutTable } from './layout-grid';
import { PageFlow } from './page-flow';
import { BULLET_INDENT, COLOR, MARGIN, STYLE, TEXT_WIDTH, type TextStyle, TOP } from './page-style';
import type { Measure } from './wrap-text';

// Lays the document's blocks out on pages: headings kept with what follows them, annexes on a new
// page, the table of contents with page numbers resolved later. Pure: no PDF objects here.

const RIGHT = MARGIN.left + TEXT_WIDTH;
/** A heading moves to the next page unless this much of what follows fits below it. */
const KEEP_WITH_NEXT = 3 * STYLE.body.leading;
const ANNEX_GAP = 30;

function heading(flow: PageFlow, block: TextBlock, style: TextStyle, next: DocumentBlock | undefined): void {
  flow.space(style.before);
  const lines = flow.wrap(block.text, style, TEXT_WIDTH);
  // A heading over a label/value list (a service in Annex II) stays with the whole list if it can.
  const keep = next?.type === 'fields' ? Math.min(fieldsHeight(flow, next), (TOP - MARGIN.bottom) / 2) : KEEP_WITH_NEXT;
  flow.ensure(lines.length * style.leading + keep);
  if (block.anchor) flow.anchor(block.anchor);
  flow.lines(lines, MARGIN.left, style);
  flow.space(style.after);
}

function paragraph(flow: PageFlow, text: string, style: TextStyle, indent = 0): void {
  flow.space(style.before);
  flow.lines(flow.wrap(text, style, TEXT_WIDTH - indent), MARGIN.left + indent, style);
  flow.space(style.after);
}

function bullet(flow: PageFlow, text: string): void {
  const style = STYLE.bullet;
  const lines = flow.wrap(text, style, TEXT_WIDTH - BULLET_INDENT);
  flow.lines(lines, MARGIN.left + BULLET_INDENT, style, (y) => flow.textAt('•', MARGIN.left + 3, y, style));
  flow.space(style.after);
}

/**
 * An annex opens a new page when asked to (the first annex, the evidence page) or when less than
 * a quarter of the page is left; otherwise it follows after a wide gap, which keeps a short annex
 * from leaving most of a page blank.
 */
function annex(flow: PageFlow, block: AnnexBlock, newPage: boolean): void {
  if (!flow.atPageTop && (newPage || flow.room < (TOP - MARGIN.bottom) / 4)) flow.newPage();
  flow.space(ANNEX_GAP);
  flow.anchor(block.anchor);
  flow.lines([block.label], MARGIN.left, STYLE.annexLabel);
  flow.lines(flow.wrap(block.text, STYLE.annexTitle, TEXT_WIDTH), MARGIN.left, STYLE.annexTitle);
  flow.rule(MARGIN.left, RIGHT, flow.y + 1, COLOR.heading, 0.8);
  flow.space(STYLE.annexTitle.after);
}

/** Entries with dotted leaders to right-aligned page numbers; each entry links to its target. */
function tableOfContents(flow: PageFlow, toc: TocEntry[], heading: string): void {
  const numberWidth = 28;
  flow.space(STYLE.section.before);
  flow.ensure(STYLE.section.leading + 6 * STYLE.tocLevel1.leading);
  flow.lines([heading], MARGIN.left, STYLE.section);
  flow.space(STYLE.section.after);
  for (const entry of toc) {
    const style = entry.level === 1 ? STYLE.tocLevel1 : STYLE.tocLevel2;
    const indent = entry.level === 1 ? 0 : 12;
    const lines = flow.wrap(entry.text, style, TEXT_WIDTH - indent - numberWidth);
    flow.space(style.before);
    flow.ensure(lines.length * style.leading);
    const top = flow.y;
    flow.lines(lines, MARGIN.left + indent, style);
    const baseline = flow.y + style.leading - style.size;
    const lastWidth = flow.measure(style).width(lines.at(-1)!, style.size);
    const from = MARGIN.left + indent + lastWidth + 4;
    const page = flow.page;
    page.ops.push({ kind: 'line', x1: from, y1: baseline + 1, x2: RIGHT - numberWidth + 6, y2: baseline + 1, thickness: 0.6, color: COLOR.muted, dash: [0.6, 2.4] });
    page.ops.push({ kind: 'pageref', anchor: entry.anchor, xRight: RIGHT, y: baseline, size: style.size, bold: style.bold, color: style.color });
    page.links.push({ anchor: entry.anchor, x: MARGIN.left, y: flow.y + 2, width: TEXT_WIDTH, height: top - flow.y });
  }
  flow.space(STYLE.section.before);
}

export type PageLayout = Pick<PageFlow, 'pages' | 'anchors'>;

export function layoutBlocks(
  blocks: DocumentBlock[],
  toc: { entries: TocEntry[]; heading: string },
  fonts: { regular: Measure; bold: Measure },
  /** Anchors of annexes that always start on a new page. */
  newPageAnchors: ReadonlySet<string> = new Set(),
): PageLayout {
  const flow = new PageFlow(fonts);
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if ((block.type === 'paragraph' || block.type === 'bullet') && block.anchor) flow.anchor(block.anchor);
    switch (block.type) {
      case 'title':
        heading(flow, block, STYLE.title, next);
        break;
      case 'section':
        heading(flow, block, STYLE.section, next);
        break;
      case 'subheading':
        heading(flow, block, STYLE.subheading, next);
        break;
      case 'paragraph':
        paragraph(flow, block.text, STYLE.body);
        break;
      case 'bullet':
        bullet(flow, block.text);
        break;
      case 'annex':
        annex(flow, block, newPageAnchors.has(block.anchor));
        break;
      case 'toc':
        tableOfContents(flow, toc.entries, toc.heading);
        break;
      case 'fields':
        layoutFields(flow, block);
        break;
      case 'table':
        layoutTable(flow, block);
        break;
    }
  });
  return { pages: flow.pages, anchors: flow.anchors };
}
