import 'server-only';
import { cookies } from 'next/headers';

/**
 * The session token of this request (Auth.js's cookie, with or without the __Secure- prefix), so
 * the account page can mark "this device" and "end other sessions" keeps it. Read at the edge of
 * the app (pages, actions) and handed to the use cases as input; the use cases never read cookies.
 */
export async function currentSessionToken(): Promise<string | null> {
  const jar = await cookies();
  return jar.get('__Secure-authjs.session-token')?.value ?? jar.get('authjs.session-token')?.value ?? null;
}
