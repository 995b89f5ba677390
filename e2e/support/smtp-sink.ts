// A real SMTP receiver for the e2e tests (started by playwright.config.ts as a webServer):
// the app sends its mail here exactly as it would to a production relay, and the tests read it
// back over HTTP.
//   SMTP  127.0.0.1:$SMTP_SINK_PORT  (no TLS, authentication optional)
//   GET    http://127.0.0.1:$SMTP_SINK_HTTP_PORT/messages?to=<address>   received mails as JSON, oldest first
//   DELETE http://127.0.0.1:$SMTP_SINK_HTTP_PORT/messages[?to=<address>] forgets mails
//   GET    http://127.0.0.1:$SMTP_SINK_HTTP_PORT/health                  200 when listening
import http from 'node:http';
import { SMTPServer } from 'smtp-server';
import { parseMail, type SinkMessage } from './parse-mail';

// Both ports come from the caller (playwright.config.ts takes free ones); 0 lets the system choose.
// Never a fixed default: an occupied 2525 on a shared machine once failed the whole e2e run.
function portFrom(name: string): number {
  const port = Number(process.env[name]);
  if (process.env[name] === undefined || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`smtp sink: set ${name} to a free port (node e2e/support/free-ports.mjs 2 finds two)`);
    process.exit(2);
  }
  return port;
}
const SMTP_PORT = portFrom('SMTP_SINK_PORT');
const HTTP_PORT = portFrom('SMTP_SINK_HTTP_PORT');
const HOST = '127.0.0.1';
const MAX_MESSAGES = 5_000;

let nextId = 1;
let messages: SinkMessage[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 25 * 1024 * 1024,
  onAuth(_auth, _session, callback) {
    callback(null, { user: 'e2e' });
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', callback);
    stream.on('end', async () => {
      try {
        const mail = await parseMail(Buffer.concat(chunks));
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        messages.push({
          ...mail,
          id: nextId++,
          receivedAt: new Date().toISOString(),
          envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null, to: envelopeTo },
        });
        if (messages.length > MAX_MESSAGES) messages = messages.slice(-MAX_MESSAGES);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    });
  },
});

function matches(message: SinkMessage, to: string | null) {
  if (!to) return true;
  const address = to.toLowerCase();
  return message.envelope.to.includes(address) || message.to.includes(address);
}

const api = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === '/health') return send(200, { status: 'ok', messages: messages.length });
  if (url.pathname !== '/messages') return send(404, { error: 'not_found' });
  const to = url.searchParams.get('to');
  if (req.method === 'GET') return send(200, messages.filter((m) => matches(m, to)));
  if (req.method === 'DELETE') {
    const before = messages.length;
    messages = messages.filter((m) => !matches(m, to));
    return send(200, { deleted: before - messages.length });
  }
  return send(405, { error: 'method_not_allowed' });
});

smtp.on('error', (error) => console.error('smtp sink:', error.message));
smtp.listen(SMTP_PORT, HOST, () => {
  api.listen(HTTP_PORT, HOST, () => {
    console.log(`smtp sink: SMTP on ${HOST}:${SMTP_PORT}, messages on http://${HOST}:${HTTP_PORT}/messages`);
  });
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    api.close();
    smtp.close(() => process.exit(0));
  });
}
