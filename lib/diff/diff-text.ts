// Word-level text comparison for versioned contract texts and TOMs (compare views, customer
// "what changed" pages). Texts are ~3,500 words: a plain LCS table over words would need 12M cells,
// so paragraphs are aligned first (Myers over paragraph strings) and only paragraphs that changed
// are compared word by word (Myers again, O((n+m)·d) time, memory bounded by MAX_EDITS).

export type SegmentType = 'equal' | 'insert' | 'delete';
export type Segment = { type: SegmentType; text: string };

/** One row of the side-by-side view; null on one side when the paragraph exists only on the other. */
export type SideBySideRow = { left: Segment[] | null; right: Segment[] | null; changed: boolean };

type Op = { type: SegmentType; a: number; b: number };

/**
 * Beyond this many edits between two token lists the pair is shown as replaced wholesale: the
 * trace Myers keeps grows with d², and a diff of two unrelated paragraphs says nothing anyway.
 */
const MAX_EDITS = 1500;

/** Words (letters incl. umlauts, digits), runs of whitespace, and single other characters. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? [];
}

/** Paragraphs separated by blank lines; single line breaks stay inside a paragraph. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Myers' shortest edit script; null when it needs more than maxEdits edits. */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]!; // holds k = -(d-1) .. d-1
    const at = (k: number) => prev[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ type: 'equal', a: --x, b: --y });
    if (down) ops.push({ type: 'insert', a: x, b: --y });
    else ops.push({ type: 'delete', a: --x, b: y });
  }
  while (x > 0 && y > 0) ops.push({ type: 'equal', a: --x, b: --y });
  return ops.reverse();
}

function push(segments: Segment[], type: SegmentType, text: string) {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last && last.type === type) last.text += text;
  else segments.push({ type, text });
}

/**
 * Word-level diff of two strings. Concatenating the equal+delete segments gives `a`, the
 * equal+insert segments give `b`. Within a change, deletions come before insertions, and a lone
 * space between two changed words is folded into the change so "alte Frist" -> "neue Regel" reads
 * as one replacement rather than two.
 */
export function diffWords(a: string, b: string): Segment[] {
  if (a === b) return a === '' ? [] : [{ type: 'equal', text: a }];
  const ta = tokenize(a);
  const tb = tokenize(b);
  let start = 0;
  while (start < ta.length && start < tb.length && ta[start] === tb[start]) start++;
  let endA = ta.length;
  let endB = tb.length;
  while (endA > start && endB > start && ta[endA - 1] === tb[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = ta.slice(start, endA);
  const midB = tb.slice(start, endB);
  const ops = myers(midA, midB, MAX_EDITS) ?? [
    ...midA.map((_, i): Op => ({ type: 'delete', a: i, b: 0 })),
    ...midB.map((_, i): Op => ({ type: 'insert', a: 0, b: i })),
  ];

  const segments: Segment[] = [];
  push(segments, 'equal', ta.slice(0, start).join(''));
  let del = '';
  let ins = '';
  const flush = () => {
    push(segments, 'delete', del);
    push(segments, 'insert', ins);
    del = '';
    ins = '';
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.type === 'delete') del += midA[op.a];
    else if (op.type === 'insert') ins += midB[op.b];
    else {
      const token = midA[op.a]!;
      const inChange = del !== '' || ins !== '';
      const next = ops[i + 1];
      if (inChange && /^\s+$/.test(token) && next && next.type !== 'equal') {
        del += token;
        ins += token;
        continue;
      }
      flush();
      push(segments, 'equal', token);
    }
  }
  flush();
  push(segments, 'equal', ta.slice(endA).join(''));
  return segments;
}

type Hunk = { type: 'equal'; text: string } | { type: 'change'; left: string[]; right: string[] };

function alignParagraphs(a: string, b: string): Hunk[] {
  const pa = splitParagraphs(a);
  const pb = splitParagraphs(b);
  const ops = myers(pa, pb, MAX_EDITS) ?? [
    ...pa.map((_, i): Op => ({ type: 'delete', a: i, b: 0 })),
    ...pb.map((_, i): Op => ({ type: 'insert', a: 0, b: i })),
  ];
  const hunks: Hunk[] = [];
  let change: { type: 'change'; left: string[]; right: string[] } | null = null;
  for (const op of ops) {
    if (op.type === 'equal') {
      change = null;
      hunks.push({ type: 'equal', text: pa[op.a]! });
      continue;
    }
    if (!change) {
      change = { type: 'change', left: [], right: [] };
      hunks.push(change);
    }
    if (op.type === 'delete') change.left.push(pa[op.a]!);
    else change.right.push(pb[op.b]!);
  }
  return hunks;
}

/**
 * The side-by-side model: one row per paragraph. Within a run of changed paragraphs the n-th
 * removed one is compared word by word with the n-th added one; leftovers stand alone.
 */
export function sideBySide(a: string, b: string): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  for (const hunk of alignParagraphs(a, b)) {
    if (hunk.type === 'equal') {
      const segment: Segment[] = [{ type: 'equal', text: hunk.text }];
      rows.push({ left: segment, right: segment, changed: false });
      continue;
    }
    const count = Math.max(hunk.left.length, hunk.right.length);
    for (let i = 0; i < count; i++) {
      const left = hunk.left[i];
      const right = hunk.right[i];
      if (left !== undefined && right !== undefined) {
        const segments = diffWords(left, right);
        rows.push({
          left: segments.filter((s) => s.type !== 'insert'),
          right: segments.filter((s) => s.type !== 'delete'),
          changed: true,
        });
      } else if (left !== undefined) {
        rows.push({ left: [{ type: 'delete', text: left }], right: null, changed: true });
      } else {
        rows.push({ left: null, right: [{ type: 'insert', text: right! }], changed: true });
      }
    }
  }
  return rows;
}

/** The whole texts as one inline segment list, paragraphs joined by a blank line. */
export function diffText(a: string, b: string): Segment[] {
  const segments: Segment[] = [];
  let leftStarted = false;
  let rightStarted = false;
  for (const row of sideBySide(a, b)) {
    // The blank line before a paragraph belongs to the side(s) that paragraph is on.
    const sepLeft = row.left !== null && leftStarted;
    const sepRight = row.right !== null && rightStarted;
    if (sepLeft && sepRight) push(segments, 'equal', '\n\n');
    else if (sepLeft) push(segments, 'delete', '\n\n');
    else if (sepRight) push(segments, 'insert', '\n\n');
    leftStarted ||= row.left !== null;
    rightStarted ||= row.right !== null;
    if (!row.changed) {
      push(segments, 'equal', row.left![0]!.text);
      continue;
    }
    const merged = row.left && row.right ? diffWords(joinSide(row.left), joinSide(row.right)) : (row.left ?? row.right)!;
    for (const s of merged) push(segments, s.type, s.text);
  }
  return segments;
}

function joinSide(segments: Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/** How many paragraphs changed, were added or were removed: the compare view's summary line. */
export function countChanges(rows: SideBySideRow[]) {
  return {
    changed: rows.filter((r) => r.changed && r.left && r.right).length,
    added: rows.filter((r) => r.changed && !r.left).length,
    removed: rows.filter((r) => r.changed && !r.right).length,
  };
}
