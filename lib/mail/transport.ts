import 'server-only';
import net from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { oneClickUnsubscribeUrl } from '@/lib/account/unsubscribe-token';
import { env } from '@/lib/env';
import { errorText, type Outcome } from '@/lib/jobs/claim';
import type { RenderedMail } from './templates';

let transporter: Transporter | undefined;

type SocketCallback = (error: Error | null, socket?: { connection: net.Socket }) => void;

/**
 * One pooled SMTP transport per process. Sockets get TCP_NODELAY: without it every message
 * waits ~40 ms on Nagle + delayed ACK (see PERFORMANCE.md).
 */
export function smtpTransport(): Transporter {
  const url = env().SMTP_URL;
  if (!url) throw new Error('SMTP_URL is not set');
  if (transporter) return transporter;
  const options: SMTPPool.Options = { url, pool: true, maxConnections: 5 };
  // Implicit TLS needs nodemailer's own socket; plain and STARTTLS connections get ours.
  if (!url.startsWith('smtps:')) {
    const getSocket = (opts: { host: string; port: number }, callback: SocketCallback) => {
      const socket = net.connect(Number(opts.port), String(opts.host));
      socket.setNoDelay(true);
      socket.once('connect', () => callback(null, { connection: socket }));
      socket.once('error', (error) => callback(error));
    };
    options.getSocket = getSocket as unknown as SMTPPool.Options['getSocket'];
  }
  transporter = nodemailer.createTransport(options);
  return transporter;
}

/** Closes the pooled connections (tests, and a worker shutting down). */
export function closeSmtpTransport() {
  transporter?.close();
  transporter = undefined;
}

/** A 5xx reply is final; connection problems and 4xx replies are worth another try. */
export function isPermanentSmtpError(error: unknown) {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

type Message = RenderedMail & {
  to: string;
  messageId: string;
  attachments?: Mail.Attachment[];
  /** The recipient is this notice contact: the mail carries its one-click unsubscribe headers. */
  unsubscribeContactId?: string | null;
};

/**
 * RFC 2369 and RFC 8058: mail programs show an "unsubscribe" button and POST
 * `List-Unsubscribe=One-Click` to the signed address, which removes this one contact and nothing else.
 */
export function listUnsubscribeHeaders(contactId: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${oneClickUnsubscribeUrl(contactId)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/**
 * Sends one mail of an outbox and says what the outbox records. The Message-ID is the row's own,
 * the same on every attempt: a receiver that got a mail whose acceptance we never heard about can
 * recognise the retry as the same message.
 */
export async function sendOutboxMail({ unsubscribeContactId, ...message }: Message): Promise<Outcome> {
  try {
    const headers = unsubscribeContactId ? listUnsubscribeHeaders(unsubscribeContactId) : undefined;
    await smtpTransport().sendMail({ from: env().MAIL_FROM, ...message, headers });
    return { ok: true };
  } catch (error) {
    return { ok: false, permanent: isPermanentSmtpError(error), error: errorText(error) };
  }
}
