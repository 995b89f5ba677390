import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * One phone number in the form it is stored and searched by: E.164 ('+497022123456'). Whether
 * written '+49 7022 123456', '07022 123456', '0049 7022 123456', '(07022) 12 34-56' or
 * '+49 (0) 7022 123456', the same line gives the same string. National numbers are read in the
 * default country (the provider's customers are German).
 *
 * libphonenumber-js does the parsing (country codes, trunk and international prefixes, Italy's
 * kept zero); we only refuse what a support agent did not mean as one number: letters (other than a
 * 'tel:' prefix), extensions, and numbers whose length is impossible for their country. We check
 * "possible" rather than "valid" on purpose: the bundled metadata does not know every new number
 * block, and refusing a real caller's number is worse than a lookup that finds nothing.
 */
export function normalizePhone(input: string, defaultCountry: CountryCode = 'DE'): string | null {
  const text = input.trim().replace(/^tel:/i, '');
  if (!text || text.length > 40 || /[^0-9+\s()\-./]/.test(text)) return null;
  // '++49' or a '+' in the middle is a typo, not a number.
  if (text.lastIndexOf('+') > 0) return null;
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  if (!parsed || parsed.ext || !parsed.isPossible()) return null;
  // At least 6 national digits: shorter strings are customer numbers or fragments, not lines.
  if (parsed.nationalNumber.length < 6) return null;
  return parsed.number;
}

/** True when the text is shaped like a phone number (digits and separators), before normalising. */
export function looksLikePhone(input: string): boolean {
  const text = input.trim();
  return /^\+?[0-9\s()\-./]{5,40}$/.test(text) && (text.match(/[0-9]/g)?.length ?? 0) >= 6;
}
