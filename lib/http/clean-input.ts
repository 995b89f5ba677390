// What the action wrapper does to every text a form sends, before the schema sees it.
//  - Control characters are removed (C0 except tab and line breaks, DEL, C1): nobody types them,
//    PostgreSQL refuses NUL in text (a 500 before), and they hide in names on PDFs and in mails.
//  - Bidi embedding, override and isolate characters (U+202A-U+202E, U+2066-U+2069) are refused
//    with a field message: they reorder what a reader sees ("Max Mustermann" typed with U+202E
//    shows backwards in the evidence PDF), so removing them silently would change the meaning.
//    Left-to-right and right-to-left marks (U+200E, U+200F) stay: they only hint, never reorder.

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

export type CleanedInput = { value: unknown; bidiFields: string[] };

export function cleanInput(input: unknown): CleanedInput {
  const bidiFields: string[] = [];
  const walk = (value: unknown, path: string[]): unknown => {
    if (typeof value === 'string') {
      if (BIDI_CONTROL.test(value)) bidiFields.push(path.join('.') || '_');
      return value.replace(CONTROL, '');
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, String(i)]));
    // Plain objects only: Files, Dates and other instances pass unchanged.
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, [...path, key])]));
    }
    return value;
  };
  return { value: walk(input, []), bidiFields };
}
