import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// server.mjs's oneWritePerTurn against real sockets. Next.js flushes a response's head, writes its
// body and ends it a few promise hops apart (pipeToNodeResponse); the handlers below answer the
// same way. What is counted is what the kernel is asked to send: each call of the socket's
// _writeGeneric is one write request to libuv, one system call.
type Wrap = (res: http.ServerResponse) => void;
const loadWrap = async () => {
  const file = pathToFileURL(path.join(process.cwd(), 'lib/http/one-write-response.mjs')).href;
  return ((await import(file)) as { oneWritePerTurn: Wrap }).oneWritePerTurn;
};

const hops = async (n: number) => {
  for (let i = 0; i < n; i++) await null;
};

type Handler = (res: http.ServerResponse) => Promise<void>;
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server on a free port; `writes` holds the write requests per response, in order. */
async function serve(handler: Handler, wrap?: Wrap) {
  const writes: number[] = [];
  const server = http.createServer((req, res) => {
    const socket = req.socket as Socket & { _writeGeneric: (...args: unknown[]) => unknown };
    expect(typeof socket._writeGeneric).toBe('function');
    const index = writes.push(0) - 1;
    const original = socket._writeGeneric;
    socket._writeGeneric = function (...args: unknown[]) {
      writes[index]!++;
      return original.apply(this, args);
    };
    res.once('finish', () => {
      socket._writeGeneric = original;
    });
    wrap?.(res);
    void handler(res);
  });
  servers.push(server);
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, writes };
}

function get(port: number, agent?: http.Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** What a route handler returning a small JSON answer does to the response. */
const jsonAnswer: Handler = async (res) => {
  res.setHeader('Content-Type', 'application/json');
  res.flushHeaders();
  await hops(3);
  res.write('{"results":[]}');
  await hops(5);
  res.end();
};

describe('oneWritePerTurn', () => {
  it('sends head, body and end of an answer that is ready in one write', async () => {
    const { port, writes } = await serve(jsonAnswer, await loadWrap());
    expect(await get(port)).toEqual({ status: 200, body: '{"results":[]}' });
    expect(writes).toEqual([1]);
  });

  it('without it, Node.js sends the same answer in two writes (what it saves)', async () => {
    const { port, writes } = await serve(jsonAnswer);
    expect(await get(port)).toEqual({ status: 200, body: '{"results":[]}' });
    expect(writes).toEqual([2]);
  });

  it('holds nothing back past the turn: a streamed page reaches the client chunk by chunk', async () => {
    let release!: () => void;
    const later = new Promise<void>((resolve) => (release = resolve));
    const { port, writes } = await serve(async (res) => {
      res.setHeader('Content-Type', 'text/html');
      res.flushHeaders();
      await hops(2);
      res.write('<p>shell</p>');
      // The rest is written only once the client has the shell: a socket still corked would
      // never deliver it, and this test would time out.
      await later;
      res.write('<p>late</p>');
      res.end();
    }, await loadWrap());
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/' }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text === '<p>shell</p>') release();
          });
          res.on('end', () => resolve(text));
        })
        .on('error', reject);
    });
    expect(body).toBe('<p>shell</p><p>late</p>');
    expect(writes[0]).toBeGreaterThanOrEqual(2);
  });

  it('leaves a kept-alive connection usable: every answer on it in one write', async () => {
    const { port, writes } = await serve(jsonAnswer, await loadWrap());
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = 0; i < 3; i++) expect(await get(port, agent)).toEqual({ status: 200, body: '{"results":[]}' });
    } finally {
      agent.destroy();
    }
    expect(writes).toEqual([1, 1, 1]);
  });
});
