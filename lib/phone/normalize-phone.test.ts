import { describe, it, expect } from 'vitest';
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
    '497022123456',
  ])('gives the same international digits for %j', (input) => {
    expect(normalizePhone(input)).toBe('497022123456');
  });

  it('keeps other countries as written in international form', () => {
    expect(normalizePhone('+43 1 234 5678')).toBe('4312345678');
    expect(normalizePhone('0041 44 123 45 67')).toBe('41441234567');
    expect(normalizePhone('+1 (555) 010-0199')).toBe('15550100199');
  });

  it('uses the default country for national numbers', () => {
    expect(normalizePhone('01 234 5678', '43')).toBe('4312345678');
    expect(normalizePhone('0171 2345678')).toBe('491712345678');
  });

  it('is idempotent', () => {
    for (const input of ['+49 7022 123456', '0711 2345-0', '+44 20 7946 0018']) {
      const once = normalizePhone(input);
      expect(once).not.toBeNull();
      expect(normalizePhone(once!)).toBe(once);
    }
  });

  it.each([
    '',
    '   ',
    'abc',
    'tel:07022123456',
    '07022 123456 ext. 12',
    '+',
    '++49 7022 123456',
    '07022 +123456',
    '0049',
    '12345',
    '+49 123',
    '0000 000000',
    '+49 7022 1234567890123',
  ])('refuses %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('counts at most 15 digits (E.164) and at least 6', () => {
    expect(normalizePhone('+123456789012345')).toBe('123456789012345');
    expect(normalizePhone('+1234567890123456')).toBeNull();
    expect(normalizePhone('+123456')).toBe('123456');
  });
});
