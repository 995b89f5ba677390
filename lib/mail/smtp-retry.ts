// When a failed SMTP send is worth another try, and how long to wait: shared by the mail outbox
// (lib/mail/send-due-mails.ts), the change-notice deliveries and the webhook deliveries.

/** 30 s, 1 min, 2 min, ... capped at 1 h. */
export function retryDelayMs(attempt: number) {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

/** A 5xx reply is final; connection problems and 4xx replies are worth another try. */
export function isPermanentSmtpError(error: unknown) {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** After this many attempts a delivery is given up ('failed'), whatever the reason. */
export const MAX_ATTEMPTS = 8;

/** A short, single-line error text for the last_error column. */
export function errorText(error: unknown) {
  return String((error as Error)?.message ?? error).replace(/\s+/g, ' ').slice(0, 500);
}
