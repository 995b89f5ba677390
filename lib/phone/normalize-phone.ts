/**
 * One phone number in the form the support desk searches by: digits in international form without
 * '+', e.g. '+49 7022 123456', '07022 123456', '0049 7022 123456' and '(07022) 12 34-56' all give
 * '497022123456'. Returns null for anything that is not a plausible number (E.164 allows at most
 * 15 digits; fewer than 6 cannot identify a line).
 *
 * Digits without a leading '0' or '+' are taken as already international, so the function is
 * idempotent: normalizing a stored normalized number gives it back unchanged.
 */
export function normalizePhone(input: string, defaultCountry = '49'): string | null {
  const text = input.trim();
  // Letters (extensions, 'tel:' prefixes, typos) are refused rather than guessed at.
  if (!/^\+?[0-9\s()\-./]+$/.test(text)) return null;

  // '+49 (0) 7022 ...' is the common German way of writing the optional trunk prefix.
  const plain = text.replace(/\(\s*0\s*\)/, '');
  const digits = plain.replace(/\D/g, '');

  let international: string;
  if (plain.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (digits.startsWith('0')) international = defaultCountry + digits.slice(1);
  else international = digits;

  // '+49 07022 ...' (trunk prefix kept after the country code) still means the same line.
  // Italy is the exception: its numbers keep the leading zero after +39.
  if (defaultCountry !== '39' && international.startsWith(`${defaultCountry}0`)) {
    international = defaultCountry + international.slice(defaultCountry.length + 1);
  }

  if (international.length < 6 || international.length > 15 || international.startsWith('0')) {
    return null;
  }
  return international;
}
