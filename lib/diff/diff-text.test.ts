import { describe, expect, it } from 'vitest';
import { dpaTemplateV1, dpaTemplateV2 } from '@/scripts/demo-seed/texts/dpa-template';
import { countChanges, diffText, diffWords, sideBySide, splitParagraphs, tokenize, type Segment } from './diff-text';

const side = (segments: Segment[], keep: 'delete' | 'insert') =>
  segments.filter((s) => s.type === 'equal' || s.type === keep).map((s) => s.text).join('');

describe('tokenize', () => {
  it('keeps umlauts and ß inside words and loses no character', () => {
    const text = 'Größe, Maßnahmen  und Überprüfung (Art. 32)';
    const tokens = tokenize(text);
    expect(tokens).toContain('Größe');
    expect(tokens).toContain('Maßnahmen');
    expect(tokens).toContain('Überprüfung');
    expect(tokens.join('')).toBe(text);
  });
});

describe('diffWords', () => {
  it('marks an inserted word', () => {
    expect(diffWords('Frist von Tagen', 'Frist von 30 Tagen')).toEqual([
      { type: 'equal', text: 'Frist von ' },
      { type: 'insert', text: '30 ' },
      { type: 'equal', text: 'Tagen' },
    ]);
  });

  it('marks a deleted word', () => {
    expect(diffWords('nur schriftlich oder elektronisch', 'nur elektronisch')).toEqual([
      { type: 'equal', text: 'nur ' },
      { type: 'delete', text: 'schriftlich oder ' },
      { type: 'equal', text: 'elektronisch' },
    ]);
  });

  it('shows a replacement as one deletion followed by one insertion', () => {
    const segments = diffWords('Die alte Frist gilt.', 'Die neue Regel gilt.');
    expect(segments).toEqual([
      { type: 'equal', text: 'Die ' },
      { type: 'delete', text: 'alte Frist' },
      { type: 'insert', text: 'neue Regel' },
      { type: 'equal', text: ' gilt.' },
    ]);
  });

  it('compares words with umlauts as whole words', () => {
    const segments = diffWords('Übermittlung an Dritte', 'Übermittlung an Unterauftragsverarbeiter');
    expect(segments).toEqual([
      { type: 'equal', text: 'Übermittlung an ' },
      { type: 'delete', text: 'Dritte' },
      { type: 'insert', text: 'Unterauftragsverarbeiter' },
    ]);
    expect(diffWords('Maße', 'Masse').filter((s) => s.type !== 'equal')).toEqual([
      { type: 'delete', text: 'Maße' },
      { type: 'insert', text: 'Masse' },
    ]);
  });

  it('returns one equal segment for identical texts and nothing for two empty ones', () => {
    expect(diffWords('Gleich bleibt gleich.', 'Gleich bleibt gleich.')).toEqual([{ type: 'equal', text: 'Gleich bleibt gleich.' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('handles an empty side', () => {
    expect(diffWords('', 'neu')).toEqual([{ type: 'insert', text: 'neu' }]);
    expect(diffWords('alt', '')).toEqual([{ type: 'delete', text: 'alt' }]);
  });

  it('always reproduces both texts from its segments', () => {
    const pairs = [
      ['a b c d e f', 'a x c y e z'],
      ['der Auftragnehmer löscht', 'der Auftragnehmer gibt zurück oder löscht'],
      ['eins zwei drei', 'drei zwei eins'],
    ];
    for (const [a, b] of pairs) {
      const segments = diffWords(a!, b!);
      expect(side(segments, 'delete')).toBe(a);
      expect(side(segments, 'insert')).toBe(b);
    }
  });
});

describe('sideBySide', () => {
  it('aligns paragraphs and word-diffs only the changed one', () => {
    const a = 'Erster Absatz.\n\nZweiter Absatz mit 14 Tagen.\n\nDritter Absatz.';
    const b = 'Erster Absatz.\n\nZweiter Absatz mit 30 Tagen.\n\nDritter Absatz.\n\nNeuer Absatz.';
    const rows = sideBySide(a, b);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({ left: [{ type: 'equal', text: 'Erster Absatz.' }], right: [{ type: 'equal', text: 'Erster Absatz.' }], changed: false });
    expect(rows[1]!.changed).toBe(true);
    expect(rows[1]!.left).toContainEqual({ type: 'delete', text: '14' });
    expect(rows[1]!.right).toContainEqual({ type: 'insert', text: '30' });
    expect(rows[3]).toEqual({ left: null, right: [{ type: 'insert', text: 'Neuer Absatz.' }], changed: true });
    expect(countChanges(rows)).toEqual({ changed: 1, added: 1, removed: 0 });
  });

  it('shows a removed paragraph on the left only', () => {
    const rows = sideBySide('A.\n\nB.\n\nC.', 'A.\n\nC.');
    expect(rows.map((r) => r.changed)).toEqual([false, true, false]);
    expect(rows[1]).toEqual({ left: [{ type: 'delete', text: 'B.' }], right: null, changed: true });
  });

  it('has no changed row for identical texts and no row for empty ones', () => {
    expect(sideBySide('X\n\nY', 'X\n\nY').every((r) => !r.changed)).toBe(true);
    expect(sideBySide('', '')).toEqual([]);
  });

  it('compares the real DPA v1 and v2 quickly and reproduces both texts', () => {
    const started = performance.now();
    const rows = sideBySide(dpaTemplateV1.body.de, dpaTemplateV2.body.de);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(rows.some((r) => r.changed)).toBe(true);
    const leftText = rows.filter((r) => r.left).map((r) => r.left!.map((s) => s.text).join(''));
    const rightText = rows.filter((r) => r.right).map((r) => r.right!.map((s) => s.text).join(''));
    expect(leftText).toEqual(splitParagraphs(dpaTemplateV1.body.de));
    expect(rightText).toEqual(splitParagraphs(dpaTemplateV2.body.de));
  });

  it('falls back to a wholesale replacement for two unrelated long paragraphs', () => {
    const a = Array.from({ length: 2000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 2000 }, (_, i) => `b${i}`).join(' ');
    const segments = diffWords(a, b);
    expect(side(segments, 'delete')).toBe(a);
    expect(side(segments, 'insert')).toBe(b);
  });
});

describe('diffText', () => {
  it('gives one inline list that reproduces both texts', () => {
    const a = 'Absatz eins.\n\nAlter Satz.';
    const b = 'Absatz eins.\n\nNeuer Satz.\n\nZusatz.';
    const segments = diffText(a, b);
    expect(side(segments, 'delete')).toBe(a);
    expect(side(segments, 'insert')).toBe(b);
    expect(segments.some((s) => s.type === 'delete' && s.text.includes('Alter'))).toBe(true);
  });
});
