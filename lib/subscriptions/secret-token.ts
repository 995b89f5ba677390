import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url (43 characters): feed URLs, confirmation links, webhook secrets. */
export function newSecretToken() {
  return randomBytes(32).toString('base64url');
}

/** Only this is stored for tokens that are presented back to us (feeds, confirmations). */
export function sha256Hex(token: string) {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
