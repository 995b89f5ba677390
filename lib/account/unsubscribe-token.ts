import 'server-only';
import crypto from 'node:crypto';
import { z } from 'zod';
import { authSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';

// The unsubscribe link in every mail to a notice contact (issue 12): <contact id>.<HMAC>. Signed,
// not stored: it needs no table and works for every mail ever sent. Single purpose: the MAC covers
// a purpose label and the contact id, so it opens nothing else (no sign-in, no confirmation) and a
// contact id changed by hand, another contact's id, does not verify.

const PURPOSE = 'dpa-portal/unsubscribe-notice-contact/v1';

const mac = (contactId: string) => crypto.createHmac('sha256', authSecret()).update(`${PURPOSE}\n${contactId}`).digest('base64url');

export function unsubscribeToken(contactId: string): string {
  return `${contactId}.${mac(contactId)}`;
}

/** The contact id the token was issued for, or null when it was not issued by us for this purpose. */
export function verifyUnsubscribeToken(token: string): string | null {
  const [contactId, signature, ...rest] = token.split('.');
  if (!contactId || !signature || rest.length > 0 || !z.guid().safeParse(contactId).success) return null;
  const expected = Buffer.from(mac(contactId));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? contactId : null;
}

const appUrl = () => env().APP_URL.replace(/\/+$/, '');

/** The link in the mail's text: a page whose button unsubscribes (opening it changes nothing). */
export function unsubscribePageUrl(contactId: string): string {
  return `${appUrl()}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(contactId))}`;
}

/**
 * The List-Unsubscribe address (RFC 8058): the mail program POSTs `List-Unsubscribe=One-Click` to it
 * without a session; a GET (a person clicking it in an older program) is sent on to the page.
 */
export function oneClickUnsubscribeUrl(contactId: string): string {
  return `${appUrl()}/api/unsubscribe?token=${encodeURIComponent(unsubscribeToken(contactId))}`;
}
