import 'server-only';
import { createHmac } from 'node:crypto';

/**
 * The call list's keyed hash of a number (E.164): HMAC-SHA256 with CALLS_HMAC_KEY. Without the key
 * the hash cannot be recomputed from a guessed number (phone numbers are few enough to enumerate,
 * so a plain hash would be readable). Without CALLS_HMAC_KEY (the demo) a key is derived from
 * AUTH_SECRET, labelled so it is never the same value as the secret itself.
 */
export function hmacNumber(e164: string): string {
  const key = process.env.CALLS_HMAC_KEY || `call-list:${process.env.AUTH_SECRET ?? ''}`;
  if (key === 'call-list:') throw new Error('CALLS_HMAC_KEY (or AUTH_SECRET) must be set');
  return createHmac('sha256', key).update(e164).digest('hex');
}
