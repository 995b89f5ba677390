import type { FieldsBlock, TableBlock } from '@/lib/dpa/dpa-document';
import type { PageFlow } from './page-flow';
import { CELL_PADDING, COLOR, MARGIN, STYLE, TEXT_WIDTH, type TextStyle } from './page-style';

// Label/value lists (Annex I, II, the evidence page) and tables (Annex IV): rows of wrapped cells,
// a row never split across pages, a table's header repeated on every page it continues on.

/** A cell holds one or more items (a list value), each wrapped into lines, set apart by ITEM_GAP. */
type Cell = { items: string[][]; style: TextStyle; x: number };
const ITEM_GAP = 2.5;
/** Labels take this share of the width: enough for "Datenschutzbeauftragte(r)", and a SHA-256 fits beside them. */
const LABEL_SHARE = 0.28;

const cellHeight = (cell: Cell) =>
  cell.items.reduce((sum, lines) => sum + lines.length * cell.style.leading, 0) + (cell.items.length - 1) * ITEM_GAP;

function rowHeight(cells: Cell[]): number {
  return Math.max(...cells.map(cellHeight)) + 2 * CELL_PADDING;
}

function drawRow(flow: PageFlow, cells: Cell[], height: number, fill?: boolean): void {
  const top = flow.y;
  if (fill) {
    flow.page.ops.push({ kind: 'rect', x: MARGIN.left, y: top - height, width: TEXT_WIDTH, height, color: COLOR.fill });
  }
  for (const cell of cells) {
    let y = top - CELL_PADDING;
    for (const lines of cell.items) {
      for (const line of lines) {
        flow.textAt(line, cell.x, y, cell.style);
        y -= cell.style.leading;
      }
      y -= ITEM_GAP;
    }
  }
  flow.y -= height;
  flow.rule(MARGIN.left, MARGIN.left + TEXT_WIDTH, flow.y);
}

function fieldRows(flow: PageFlow, block: FieldsBlock): { cells: Cell[]; height: number }[] {
  const labelWidth = TEXT_WIDTH * LABEL_SHARE;
  const valueWidth = TEXT_WIDTH - labelWidth - 2 * CELL_PADDING;
  return block.rows.map((row) => {
    const values = Array.isArray(row.value) ? row.value : [row.value];
    const cells: Cell[] = [
      { items: [flow.wrap(row.label, STYLE.fieldLabel, labelWidth - 2 * CELL_PADDING)], style: STYLE.fieldLabel, x: MARGIN.left + CELL_PADDING },
      { items: values.map((v) => flow.wrap(v, STYLE.fieldValue, valueWidth)), style: STYLE.fieldValue, x: MARGIN.left + labelWidth + CELL_PADDING },
    ];
    return { cells, height: rowHeight(cells) };
  });
}

/** The height a fields block takes, so a heading can stay with all of it. */
export function fieldsHeight(flow: PageFlow, block: FieldsBlock): number {
  return fieldRows(flow, block).reduce((sum, row) => sum + row.height, 2);
}

export function layoutFields(flow: PageFlow, block: FieldsBlock): void {
  flow.space(2);
  fieldRows(flow, block).forEach(({ cells, height }, index) => {
    flow.ensure(height);
    if (index === 0 || flow.atPageTop) flow.rule(MARGIN.left, MARGIN.left + TEXT_WIDTH, flow.y);
    drawRow(flow, cells, height);
  });
  flow.space(STYLE.body.after + 2);
}

export function layoutTable(flow: PageFlow, block: TableBlock): void {
  const xs: number[] = [];
  let x = MARGIN.left;
  for (const column of block.columns) {
    xs.push(x);
    x += column.width * TEXT_WIDTH;
  }
  const cellsOf = (texts: (string | string[])[], style: TextStyle): Cell[] =>
    texts.map((text, i) => ({
      items: (Array.isArray(text) ? text : [text]).map((item) => flow.wrap(item, style, block.columns[i]!.width * TEXT_WIDTH - 2 * CELL_PADDING)),
      style,
      x: xs[i]! + CELL_PADDING,
    }));
  const header = cellsOf(block.columns.map((c) => c.label), STYLE.cellHead);
  const headerHeight = rowHeight(header);
  const drawHeader = () => {
    flow.rule(MARGIN.left, MARGIN.left + TEXT_WIDTH, flow.y, COLOR.heading, 0.8);
    drawRow(flow, header, headerHeight, true);
  };

  flow.space(2);
  const rows = block.rows.map((row) => cellsOf(row, STYLE.cell));
  flow.ensure(headerHeight + (rows[0] ? rowHeight(rows[0]) : 0));
  drawHeader();
  for (const cells of rows) {
    const height = rowHeight(cells);
    if (height > flow.room) {
      flow.newPage();
      drawHeader();
    }
    drawRow(flow, cells, height);
  }
  flow.space(STYLE.body.after + 2);
}
