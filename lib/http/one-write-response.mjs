// Plain JavaScript: server.mjs imports this before Next.js (or any TypeScript) is loaded.

/**
 * Lets what a response sends in the same turn of the event loop leave in one write.
 *
 * Next.js sends every route handler's and page's answer the same way (pipeToNodeResponse): it
 * flushes the head, writes the body chunk by chunk as its web stream yields them, and ends the
 * response a few promise hops later. Node.js uncorks the socket after each of those steps, so a
 * JSON answer of 30 bytes left as two writes - head and body, then the chunked body's end - two
 * system calls and two packets for the client to wait for. Here the socket stays corked from the
 * head until the current turn of the event loop is over (setImmediate), so head, body and end of
 * an answer that is ready go out together; a page that streams later chunks (Suspense) sends them
 * as before, at most one turn later. Measured (decision 0151): one write per JSON answer instead of
 * two, and some 15 % less server CPU per call for a route handler that does nothing.
 *
 * @param {import('node:http').ServerResponse} res
 */
export function oneWritePerTurn(res) {
  const flushHeaders = res.flushHeaders;
  res.flushHeaders = function flushHeadersCorked() {
    const socket = this.socket;
    if (socket && !socket.destroyed) {
      socket.cork();
      setImmediate(() => socket.uncork());
    }
    return flushHeaders.call(this);
  };
}
