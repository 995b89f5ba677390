import { COLOR, MARGIN, type Rgb, type TextStyle, TOP } from './page-style';
import type { Measure } from './wrap-text';

// The flow that fills pages top to bottom. It only records what to draw (text runs, rules, fills,
// page-number references); render-dpa-pdf.ts draws it once all pages, and so all page numbers,
// are known.

export type DrawOp =
  | { kind: 'text'; text: string; x: number; y: number; size: number; bold: boolean; color: Rgb }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; thickness: number; color: Rgb; dash?: number[] }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: Rgb }
  /** The number of the page an anchor lands on, right-aligned at xRight (table of contents). */
  | { kind: 'pageref'; anchor: string; xRight: number; y: number; size: number; bold: boolean; color: Rgb };

export type LinkArea = { anchor: string; x: number; y: number; width: number; height: number };
export type LaidOutPage = { ops: DrawOp[]; links: LinkArea[] };
/** Where an anchor landed: page index (0-based) and the y of its top. */
export type AnchorPosition = { page: number; y: number };

export class PageFlow {
  readonly pages: LaidOutPage[] = [];
  readonly anchors = new Map<string, AnchorPosition>();
  /** Top of the next line box. */
  y = TOP;

  constructor(readonly fonts: { regular: Measure; bold: Measure }) {
    this.newPage();
  }

  get page(): LaidOutPage {
    return this.pages[this.pages.length - 1]!;
  }

  get atPageTop(): boolean {
    return this.y === TOP;
  }

  get room(): number {
    return this.y - MARGIN.bottom;
  }

  newPage(): void {
    this.pages.push({ ops: [], links: [] });
    this.y = TOP;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.room && !this.atPageTop) this.newPage();
  }

  /** Vertical space; swallowed at the top of a page so pages never start with a gap. */
  space(height: number): void {
    if (!this.atPageTop) this.y -= Math.min(height, this.room);
  }

  anchor(name: string): void {
    this.anchors.set(name, { page: this.pages.length - 1, y: this.y });
  }

  measure(style: TextStyle): Measure {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  wrap(text: string, style: TextStyle, width: number): string[] {
    return this.measure(style).wrap(text.normalize('NFC'), style.size, width);
  }

  /** A text line whose box starts at y (baseline one font size below). */
  textAt(text: string, x: number, y: number, style: TextStyle): void {
    this.page.ops.push({ kind: 'text', text, x, y: y - style.size, size: style.size, bold: style.bold, color: style.color });
  }

  rule(x1: number, x2: number, y: number, color: Rgb = COLOR.rule, thickness = 0.5): void {
    this.page.ops.push({ kind: 'line', x1, y1: y, x2, y2: y, thickness, color });
  }

  /**
   * Flows wrapped lines at x, breaking pages between lines. Never leaves a single first line at
   * the foot of a page (orphan) or a single last line at the head of the next (widow).
   */
  lines(lines: string[], x: number, style: TextStyle, onFirstLine?: (y: number) => void): void {
    let i = 0;
    while (i < lines.length) {
      const left = lines.length - i;
      let fit = Math.floor((this.room + 0.01) / style.leading);
      if (fit < left) {
        if (fit === 1 && left > 1) fit = 0;
        else if (left - fit === 1 && fit > 1) fit -= 1;
      }
      if (fit <= 0 && !this.atPageTop) {
        this.newPage();
        continue;
      }
      const take = Math.max(1, Math.min(fit, left));
      for (let k = 0; k < take; k++, i++) {
        if (i === 0) onFirstLine?.(this.y);
        this.textAt(lines[i]!, x, this.y, style);
        this.y -= style.leading;
      }
      if (i < lines.length) this.newPage();
    }
  }
}
