// Page geometry and type sizes of the DPA PDF, in PDF points (1/72 inch). A4 portrait.

export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 58, right: 58, top: 70, bottom: 62 } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** The flow's first line box starts here; the running header sits above it. */
export const TOP = PAGE.height - MARGIN.top;

export type Rgb = readonly [number, number, number];
export const COLOR = {
  text: [0.12, 0.12, 0.14],
  heading: [0.07, 0.2, 0.38],
  muted: [0.38, 0.4, 0.44],
  rule: [0.78, 0.8, 0.83],
  fill: [0.93, 0.95, 0.97],
} as const satisfies Record<string, Rgb>;

/** size = font size, leading = line distance, before/after = space around the block. */
export type TextStyle = { size: number; leading: number; bold: boolean; color: Rgb; before: number; after: number };

export const STYLE = {
  body: { size: 9.3, leading: 12.6, bold: false, color: COLOR.text, before: 0, after: 5 },
  bullet: { size: 9.3, leading: 12.6, bold: false, color: COLOR.text, before: 0, after: 2.5 },
  title: { size: 14.5, leading: 19, bold: true, color: COLOR.heading, before: 8, after: 8 },
  annexLabel: { size: 10, leading: 14, bold: true, color: COLOR.muted, before: 0, after: 2 },
  annexTitle: { size: 15, leading: 19, bold: true, color: COLOR.heading, before: 0, after: 12 },
  section: { size: 10.5, leading: 14, bold: true, color: COLOR.heading, before: 12, after: 4 },
  subheading: { size: 9.3, leading: 12.8, bold: true, color: COLOR.text, before: 8, after: 3 },
  tocLevel1: { size: 9.3, leading: 13, bold: true, color: COLOR.text, before: 2.5, after: 0 },
  tocLevel2: { size: 8.8, leading: 11.8, bold: false, color: COLOR.text, before: 0, after: 0 },
  cell: { size: 8.5, leading: 11.4, bold: false, color: COLOR.text, before: 0, after: 0 },
  cellHead: { size: 8.5, leading: 11.4, bold: true, color: COLOR.heading, before: 0, after: 0 },
  fieldLabel: { size: 8.8, leading: 12.2, bold: true, color: COLOR.muted, before: 0, after: 0 },
  fieldValue: { size: 9.2, leading: 12.6, bold: false, color: COLOR.text, before: 0, after: 0 },
  header: { size: 7.8, leading: 10, bold: false, color: COLOR.muted, before: 0, after: 0 },
} as const satisfies Record<string, TextStyle>;

export const BULLET_INDENT = 13;
export const CELL_PADDING = 4;
