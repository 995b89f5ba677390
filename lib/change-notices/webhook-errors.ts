import type { MessageKey } from '@/lib/i18n/translate';
import type { WebhookTargetError } from './webhook-target';

// What the delivery log shows a customer when a webhook failed: a short class, never the raw error
// text (issue 7, item 9). Raw TLS and socket messages name our resolver, addresses and library
// internals, and mean nothing to the reader; the class says what to check. The full text goes to
// the server log for staff.

export const webhookErrorClasses = [
  'tls', // certificate not trusted, expired, for another name; or no TLS at all on the port
  'timeout',
  'connection_refused',
  'connection_reset',
  'unreachable',
  'dns',
  'connection', // any other failure to talk to the receiver
  'target_private', // the name resolves to an address we never send to
  'target_invalid',
  'http_status', // the receiver answered with an error status (shown beside it)
  'redirect', // redirects are not followed
  'inactive',
] as const;

export type WebhookErrorClass = (typeof webhookErrorClasses)[number];

/** The class of a failed request (an error from node:http/https). */
export function classifyWebhookError(error: unknown): WebhookErrorClass {
  const { code = '', name = '' } = (error ?? {}) as { code?: string; name?: string };
  if (name === 'TimeoutError' || name === 'AbortError' || code === 'ETIMEDOUT' || code === 'ABORT_ERR') return 'timeout';
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_|EPROTO$)/.test(code)) return 'tls';
  if (code === 'ECONNREFUSED') return 'connection_refused';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'connection_reset';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'unreachable';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  return 'connection';
}

export function targetErrorClass(error: WebhookTargetError): WebhookErrorClass {
  if (error === 'private_address') return 'target_private';
  if (error === 'unresolvable') return 'dns';
  return 'target_invalid';
}

/** The message for a stored class; rows written before the classes existed read as 'connection'. */
export function webhookErrorMessageKey(stored: string): MessageKey {
  const known = (webhookErrorClasses as readonly string[]).includes(stored) ? (stored as WebhookErrorClass) : 'connection';
  return `security.webhookError.${known}`;
}
