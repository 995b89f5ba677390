import { createHash } from 'node:crypto';

/** The form Auth.js uses to look a magic-link token up: sha256(token + secret), hex. */
export function hashVerificationToken(token: string, secret: string): string {
  return createHash('sha256').update(`${token}${secret}`).digest('hex');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
