import { diffArrays, type ArrayChange } from 'diff';

// Word-level text comparison for versioned contract texts and TOMs (compare views, customer
// "what changed" pages). Texts are ~3,500 words, so paragraphs are aligned first and only the
// paragraphs that changed are compared word by word. The edit scripts come from jsdiff
// (`diffArrays`, Myers' algorithm) over our own tokens; what is ours is the tokenisation (words
// with umlauts, whitespace runs, punctuation), the side-by-side rows and how a change reads.

export type SegmentType = 'equal' | 'insert' | 'delete';
export type Segment = { type: SegmentType; text: string };

/** One row of the side-by-side view; null on one side when the paragraph exists only on the other. */
export type SideBySideRow = { left: Segment[] | null; right: Segment[] | null; changed: boolean };

/**
 * Beyond this many edits between two token lists the pair is shown as replaced wholesale: the
 * work grows with the number of edits, and a diff of two unrelated paragraphs says nothing anyway.
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

/** jsdiff's edit script, or "all of a removed, all of b added" when it would take too many edits. */
function editScript(a: string[], b: string[]): ArrayChange<string>[] {
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDITS });
  if (changes) return changes;
  return [
    { value: a, removed: true, added: false, count: a.length },
    { value: b, removed: false, added: true, count: b.length },
  ].filter((c) => c.count > 0);
}

function push(segments: Segment[], type: SegmentType, text: string) {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last && last.type === type) last.text += text;
  else segments.push({ type, text });
}

const isWhitespace = (change: ArrayChange<string> | undefined) => change?.count === 1 && /^\s+$/.test(change.value[0]!);

/**
 * Word-level diff of two strings. Concatenating the equal+delete segments gives `a`, the
 * equal+insert segments give `b`. Within a change, deletions come before insertions, and a lone
 * space between two changed words is folded into the change so "alte Frist" -> "neue Regel" reads
 * as one replacement rather than two.
 */
export function diffWords(a: string, b: string): Segment[] {
  if (a === b) return a === '' ? [] : [{ type: 'equal', text: a }];
  const changes = editScript(tokenize(a), tokenize(b));
  const segments: Segment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    push(segments, 'delete', del);
    push(segments, 'insert', ins);
    del = '';
    ins = '';
  };
  changes.forEach((change, i) => {
    const text = change.value.join('');
    if (change.removed) del += text;
    else if (change.added) ins += text;
    else if ((del !== '' || ins !== '') && isWhitespace(change) && changes[i + 1]) {
      // Only between two changes: jsdiff merges equal runs, so whatever follows this one is a change.
      del += text;
      ins += text;
    } else {
      flush();
      push(segments, 'equal', text);
    }
  });
  flush();
  return segments;
}

type Hunk = { type: 'equal'; text: string } | { type: 'change'; left: string[]; right: string[] };

function alignParagraphs(a: string, b: string): Hunk[] {
  const hunks: Hunk[] = [];
  let change: { type: 'change'; left: string[]; right: string[] } | null = null;
  for (const part of editScript(splitParagraphs(a), splitParagraphs(b))) {
    if (!part.added && !part.removed) {
      change = null;
      hunks.push(...part.value.map((text) => ({ type: 'equal' as const, text })));
      continue;
    }
    if (!change) {
      change = { type: 'change', left: [], right: [] };
      hunks.push(change);
    }
    (part.removed ? change.left : change.right).push(...part.value);
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
