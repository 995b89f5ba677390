import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalizePhone } from '@/lib/phone/normalize-phone';

export type ParsedPhone = { display: string; normalized: string };

/**
 * A phone number as an admin or a CRM export writes it, checked against the numbering plan
 * (libphonenumber's full metadata, so '+49 123' is refused, not only letters). National numbers
 * are read as German. `normalized` is the support desk's search form (lib/phone/normalize-phone.ts),
 * so a number entered here is found by the caller identification.
 */
export function parsePhone(input: string): ParsedPhone | null {
  const text = input.trim();
  if (!text || text.length > 40) return null;
  const parsed = parsePhoneNumberFromString(text, 'DE');
  if (!parsed || !parsed.isValid()) return null;
  const normalized = normalizePhone(parsed.number);
  if (!normalized) return null;
  return { display: parsed.formatInternational(), normalized };
}
