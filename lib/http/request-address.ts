import 'server-only';
import { env } from '@/lib/env';
import { clientAddress, parseTrustedProxies, type ProxyTrust } from './client-address';

/** Set by server.mjs before Next.js loads: "the last X-Forwarded-For hop is the socket peer". */
const PORTAL_SERVER = Symbol.for('dpa-portal.server');

export function startedByPortalServer(): boolean {
  return (globalThis as Record<symbol, unknown>)[PORTAL_SERVER] === true;
}

let trust: ProxyTrust | undefined;

/**
 * The client address of a request, from its headers (next/headers or a Request's). Only
 * trustworthy behind server.mjs, which is why lib/startup.ts refuses a production start without it;
 * `next dev` puts the socket address there itself unless the client sent the header.
 */
export function requestAddress(headers: Pick<Headers, 'get'>): string | null {
  trust ??= parseTrustedProxies(env().TRUSTED_PROXIES);
  return clientAddress(headers.get('x-forwarded-for'), trust);
}
