import { describe, expect, it } from 'vitest';
import { dpaFontFaces } from './pdf-fonts';
import { createMeasure } from './wrap-text';

const measure = createMeasure(dpaFontFaces().regular);

describe('wrap', () => {
  it('fills lines greedily without exceeding the width', () => {
    const text = 'Der Auftragnehmer verarbeitet personenbezogene Daten ausschließlich auf dokumentierte Weisung des Auftraggebers.';
    const lines = measure.wrap(text, 10, 150);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measure.width(line, 10)).toBeLessThanOrEqual(150);
  });

  it('never breaks after "§", "Art." or "Abs."', () => {
    const text = 'nach Art. 28 Abs. 3 DSGVO und § 203 StGB sowie Art. 46 Abs. 2 lit. c DSGVO';
    for (let width = 40; width < 300; width += 7) {
      for (const line of measure.wrap(text, 10, width)) {
        expect(line).not.toMatch(/(^|\s)(§|Art\.|Abs\.|lit\.)$/);
      }
    }
  });

  it('cuts a word longer than the line (a hash) into pieces that fit', () => {
    const hash = 'a18d12246dbf12b08d0907b7cf84512ad4b5053ea00bb7e40be5b5b870c1f867';
    const lines = measure.wrap(`SHA-256 ${hash}`, 10, 120);
    expect(lines.join('').replace('SHA-256', '')).toBe(hash);
    for (const line of lines) expect(measure.width(line, 10)).toBeLessThanOrEqual(120);
  });

  it('measures umlauts and ß with their own widths and scales with the size', () => {
    expect(measure.width('Maßnahmen', 10)).toBeGreaterThan(measure.width('Manahmen', 10));
    expect(measure.width('Übermittlung', 20)).toBeCloseTo(2 * measure.width('Übermittlung', 10));
  });
});

describe('dpaFontFaces', () => {
  it('draws a character the font lacks as U+FFFD, with that glyph’s width', () => {
    const { regular } = dpaFontFaces();
    expect(regular.advance(0x4e2d)).toBe(regular.advance(0xfffd));
    expect(regular.advance('ł'.codePointAt(0)!)).not.toBe(regular.advance(0xfffd));
  });
});
