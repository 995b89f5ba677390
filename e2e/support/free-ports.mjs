// Prints N free TCP ports on 127.0.0.1, space-separated: each is bound to port 0, read, released.
// playwright.config.ts runs this once (synchronously) and hands the numbers to its workers through
// the environment, so the suite never depends on a fixed port being free on a shared machine.
import net from 'node:net';

const count = Number(process.argv[2] ?? 1);
const servers = [];
for (let i = 0; i < count; i += 1) {
  const server = net.createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  servers.push(server);
}
const ports = servers.map((s) => s.address().port);
await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
console.log(ports.join(' '));
