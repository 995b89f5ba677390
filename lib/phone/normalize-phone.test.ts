import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from './normalize-phone';

describe('normalizePhone', () => {
  it.each([
    '+49 7022 123456',
    '07022 123456',
    '0049 7022 123456',
    '(07022) 12 34-56',
    '07022/123456',
    '+49 (0) 7022 123456',
    '+49 (0)7022-12 34 56',
    '+49 07022 123456',
    '0 70 22.12 34 56',
    ' 07022 123456 ',
    'tel:+497022123456',
  ])('gives the same E.164 number for %j', (input) => {
    expect(normalizePhone(input)).toBe('+497022123456');
  });

  it('finds Kanzlei Krause whichever way the number is written (issue 10)', () => {
    for (const input of ['0711 2293 440', '+49 711 2293440', '0049 (711) 2293-440']) {
      expect(normalizePhone(input)).toBe('+497112293440');
    }
  });

  it('keeps other countries, including the Italian leading zero', () => {
    expect(normalizePhone('+43 1 234 5678')).toBe('+4312345678');
    expect(normalizePhone('0041 44 123 45 67')).toBe('+41441234567');
    expect(normalizePhone('+39 06 1234 5678')).toBe('+390612345678');
  });

  it('uses the default country for national numbers', () => {
    expect(normalizePhone('01 234 5678', 'AT')).toBe('+4312345678');
    expect(normalizePhone('0171 2345678')).toBe('+491712345678');
  });

  it('is idempotent', () => {
    for (const input of ['+49 7022 123456', '0711 2345-0', '+44 20 7946 0018']) {
      const once = normalizePhone(input);
      expect(once).not.toBeNull();
      expect(normalizePhone(once!)).toBe(once);
    }
  });

  it.each(['', '   ', 'abc', '07022 123456 ext. 12', '+', '++49 7022 123456', '07022 +123456', '0049', '12345', '+49 123', '+49 7022 1234567890123'])(
    'refuses %j',
    (input) => {
      expect(normalizePhone(input)).toBeNull();
    },
  );

  // Property: a German number written in any of the ways people write numbers normalises to the
  // one E.164 string that the international form gives.
  it('normalises every formatting of one number to the same E.164 string', () => {
    const digits = (min: number, max: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
    const areaCode = fc.tuple(fc.integer({ min: 2, max: 9 }), digits(1, 3)).map(([a, b]) => `${a}${b}`);
    const subscriber = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(3, 6)).map(([a, b]) => `${a}${b}`);
    const grouped = (s: string, size: number, sep: string) => s.match(new RegExp(`.{1,${size}}`, 'g'))!.join(sep);
    const sep = fc.constantFrom(' ', '-', '.', '/', '');
    const formats = [
      (a: string, s: string) => `+49 ${a} ${s}`,
      (a: string, s: string) => `0${a} ${s}`,
      (a: string, s: string) => `0049 ${a} ${s}`,
      (a: string, s: string) => `(0${a}) ${grouped(s, 2, ' ')}`,
      (a: string, s: string) => `+49 (0) ${a}-${s}`,
      (a: string, s: string) => `0049 (${a}) ${grouped(s, 3, '-')}`,
      (a: string, s: string) => `+49${a}${s}`,
      (a: string, s: string) => `0${a}/${s}`,
    ];
    fc.assert(
      fc.property(areaCode, subscriber, sep, fc.constantFrom(...formats), (area, sub, separator, format) => {
        const reference = normalizePhone(`+49${area}${sub}`);
        fc.pre(reference !== null);
        expect(reference).toMatch(/^\+49[1-9][0-9]{4,13}$/);
        expect(normalizePhone(format(area, sub))).toBe(reference);
        expect(normalizePhone(`0${area}${separator}${sub}`)).toBe(reference);
      }),
      { numRuns: 500 },
    );
  });
});
