import type { FontFace } from './pdf-fonts';

// Line breaking by measured width. Each distinct word is measured once per font (PERFORMANCE.md:
// measuring every candidate line instead costs ~6x the whole render) and lines are filled greedily.

export type Measure = { width(text: string, size: number): number; wrap(text: string, size: number, maxWidth: number): string[] };

/**
 * Abbreviations that must not end a line: "§ 28", "Art. 28", "Abs. 3", "lit. c", "Nr. 1",
 * "z. B.", "S. 1". The space after them is kept but never broken.
 */
const NO_BREAK_AFTER = /^(§§?|Art\.|Abs\.|lit\.|Nr\.|S\.|Satz|z\.|d\.|u\.|Anlage|Annex)$/;

function tokens(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const joined: string[] = [];
  for (const word of words) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && NO_BREAK_AFTER.test(previous.split(' ').at(-1)!)) joined[joined.length - 1] = `${previous} ${word}`;
    else joined.push(word);
  }
  return joined;
}

export function createMeasure(face: FontFace): Measure {
  /** Word widths in 1/1000 of the font size, independent of the size itself. */
  const words = new Map<string, number>();
  const unitsOf = (text: string) => {
    let units = words.get(text);
    if (units === undefined) {
      units = 0;
      for (const char of text) units += face.advance(char.codePointAt(0)!);
      words.set(text, units);
    }
    return units;
  };
  const space = face.advance(0x20);

  /** Cuts a word wider than the line into pieces that fit (hashes, URLs, user agents). */
  function splitLongWord(word: string, maxUnits: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const char of word) {
      if (piece && unitsOf(piece + char) > maxUnits) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    return piece ? [...pieces, piece] : pieces;
  }

  return {
    width: (text, size) => (unitsOf(text) * size) / 1000,
    wrap(text, size, maxWidth) {
      const maxUnits = (maxWidth * 1000) / size;
      const lines: string[] = [];
      let line = '';
      let lineUnits = 0;
      for (const token of tokens(text)) {
        const units = unitsOf(token);
        if (line && lineUnits + space + units <= maxUnits) {
          line += ` ${token}`;
          lineUnits += space + units;
          continue;
        }
        if (line) lines.push(line);
        if (units <= maxUnits) {
          line = token;
          lineUnits = units;
        } else {
          const pieces = splitLongWord(token, maxUnits);
          lines.push(...pieces.slice(0, -1));
          line = pieces.at(-1) ?? '';
          lineUnits = unitsOf(line);
        }
      }
      if (line) lines.push(line);
      return lines;
    },
  };
}
