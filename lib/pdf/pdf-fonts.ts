import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

// The Unicode fonts shipped with the project (DejaVu Sans Condensed, see fonts/LICENSE-DejaVu.txt):
// the 14 standard PDF fonts cannot encode "„", "–", "ł" and much else a contract or a name holds.
//
// Speed: fontkit's layout() runs a full OpenType shaper for every string pdf-lib encodes (about
// 0.7 ms per line, most of a 12-page render). Our text is Latin/Greek/Cyrillic in NFC and pdf-lib
// ignores the shaper's positions anyway, so one glyph per code point is what gets drawn either way;
// mapping code points to glyphs through a cache is exact and ~100x faster. It also keeps
// ligatures out, which German typesetting wants across word joints ("Auflage") and which keeps
// extracted text searchable. The parsed fonts are shared by every render in the process.

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;
type Glyph = ReturnType<FontkitFont['glyphForCodePoint']>;

export type FontFace = {
  /** The font file, as pdf-lib's embedFont wants it. */
  bytes: Uint8Array;
  /** Subset name in the PDF: a fixed tag instead of pdf-lib's random one keeps output deterministic. */
  pdfName: string;
  /** Advance width of one code point, in 1/1000 of the font size. */
  advance(codePoint: number): number;
};

const REPLACEMENT = 0xfffd;
const FONT_DIR = path.join(process.cwd(), 'lib/pdf/fonts');

type LoadedFace = FontFace & { font: FontkitFont };

function loadFace(file: string, pdfName: string): LoadedFace {
  const bytes = new Uint8Array(fs.readFileSync(path.join(FONT_DIR, file)));
  const font = (fontkit as Fontkit).create(bytes);
  const glyphs = new Map<number, Glyph>();
  const scale = 1000 / font.unitsPerEm;

  /** A character the font lacks is drawn (and extracted) as U+FFFD rather than as an empty box. */
  const glyphFor = (codePoint: number): Glyph => {
    let glyph = glyphs.get(codePoint);
    if (!glyph) {
      glyph = font.glyphForCodePoint(codePoint);
      if (glyph.id === 0 && codePoint !== REPLACEMENT) glyph = glyphFor(REPLACEMENT);
      glyphs.set(codePoint, glyph);
    }
    return glyph;
  };

  font.layout = (text: string) => {
    const run = Array.from(text.normalize('NFC'), (char) => glyphFor(char.codePointAt(0)!));
    return { glyphs: run } as unknown as ReturnType<FontkitFont['layout']>;
  };

  return { bytes, pdfName, font, advance: (codePoint) => glyphFor(codePoint).advanceWidth * scale };
}

let faces: { regular: LoadedFace; bold: LoadedFace } | null = null;

/** Reads and parses the fonts once per process. */
export function dpaFontFaces(): { regular: FontFace; bold: FontFace } {
  faces ??= {
    regular: loadFace('DejaVuSansCondensed.ttf', 'DPAPRT+DejaVuSansCondensed'),
    bold: loadFace('DejaVuSansCondensed-Bold.ttf', 'DPAPRT+DejaVuSansCondensed-Bold'),
  };
  return faces;
}

/**
 * The fontkit to register on a PDFDocument: hands pdf-lib the already parsed, fast-layout fonts
 * for our font files and falls back to plain fontkit for anything else.
 */
export const dpaFontkit: Fontkit = {
  create(bytes: Uint8Array) {
    const loaded = faces && [faces.regular, faces.bold].find((face) => face.bytes === bytes);
    return loaded ? loaded.font : (fontkit as Fontkit).create(bytes);
  },
};
