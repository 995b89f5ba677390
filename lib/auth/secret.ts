import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * AUTH_SECRET signs cookies and salts magic-link token hashes. Production takes it from the
 * environment (the same value on every instance). Only the embedded demo may generate one, kept
 * beside its database so that sessions survive a restart.
 */
export function authSecret(): string {
  const { AUTH_SECRET, embedded } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (!embedded) throw new Error('AUTH_SECRET is required when DATABASE_URL is set (32+ random characters).');
  const file = path.join(process.cwd(), '.data', 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
