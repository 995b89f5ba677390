import { describe, expect, it } from 'vitest';
import { cleanInput } from './clean-input';

describe('cleanInput', () => {
  it('removes NUL and other control characters from every text, keeping tabs and line breaks', () => {
    const { value, bidiFields } = cleanInput({
      name: 'Max\u0000 Muster\u0007mann',
      reason: 'Zeile 1\r\nZeile 2\tEnde\u007f\u0085',
      nested: { list: ['a\u001bb', 7, null, true] },
    });
    expect(value).toEqual({ name: 'Max Mustermann', reason: 'Zeile 1\r\nZeile 2\tEnde', nested: { list: ['ab', 7, null, true] } });
    expect(bidiFields).toEqual([]);
  });

  it('names every field that carries a bidi override, embedding or isolate', () => {
    const { bidiFields } = cleanInput({
      signerName: '\u202eMax Mustermann',
      position: 'Geschäftsführer\u2066',
      contacts: [{ name: 'ok' }, { name: 'a\u202ab' }],
      note: 'Hebrew mark \u200f is fine',
    });
    expect(bidiFields).toEqual(['signerName', 'position', 'contacts.1.name']);
  });

  it('leaves files and other objects alone', () => {
    const file = new File(['%PDF-\u0000'], 'a.pdf');
    const date = new Date(0);
    const { value } = cleanInput({ file, date });
    expect((value as { file: File }).file).toBe(file);
    expect((value as { date: Date }).date).toBe(date);
  });
});
