// node bench/first-load-js.mjs [label] - first-load JavaScript per page of the current production build.
//
// Next.js 16 no longer prints "First Load JS" after `next build`, so this reads the build's own
// manifests: a page's first load is the framework's root chunks (build-manifest `rootMainFiles`)
// plus every chunk its client-reference manifest lists for the page, its layouts and their
// error boundaries (`entryJSFiles`). Sizes are gzip level 9 of the files on disk, the way the
// old build output counted them. Polyfills are left out: only browsers without ES modules load them.
// Prints a markdown table; bench/results.md keeps the figures before and after a change.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const next = path.resolve('.next');
const appDir = path.join(next, 'server', 'app');
if (!fs.existsSync(path.join(next, 'BUILD_ID'))) {
  console.error('No production build: run `npx next build` first');
  process.exit(1);
}

const gzipCache = new Map();
function gzipBytes(file) {
  if (!gzipCache.has(file)) {
    gzipCache.set(file, zlib.gzipSync(fs.readFileSync(path.join(next, file)), { level: 9 }).length);
  }
  return gzipCache.get(file);
}

/** Every page_client-reference-manifest.js under .next/server/app, with its route. */
function pageManifests(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...pageManifests(full));
    else if (entry.name === 'page_client-reference-manifest.js') found.push(full);
  }
  return found;
}

function readManifest(file) {
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[entry] = {...}.
  const sandbox = { self: {} };
  sandbox.globalThis = sandbox.self;
  new Function('globalThis', 'self', fs.readFileSync(file, 'utf8'))(sandbox.self, sandbox.self);
  const [entry, manifest] = Object.entries(sandbox.self.__RSC_MANIFEST)[0];
  return { entry, manifest };
}

const rootMainFiles = JSON.parse(fs.readFileSync(path.join(next, 'build-manifest.json'), 'utf8')).rootMainFiles;

const rows = [];
for (const file of pageManifests(appDir)) {
  const { entry, manifest } = readManifest(file);
  const route = entry.replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '') || '/';
  if (route.startsWith('/_')) continue; // _not-found, _global-error: not pages a person opens
  const pageChunks = new Set(Object.values(manifest.entryJSFiles).flat());
  const all = new Set([...rootMainFiles, ...pageChunks]);
  const total = [...all].reduce((sum, f) => sum + gzipBytes(f), 0);
  const own = [...pageChunks].filter((f) => !rootMainFiles.includes(f)).reduce((sum, f) => sum + gzipBytes(f), 0);
  rows.push({ route, total, own });
}
rows.sort((a, b) => a.route.localeCompare(b.route));

const kb = (bytes) => (bytes / 1024).toFixed(1);
const shared = rootMainFiles.reduce((sum, f) => sum + gzipBytes(f), 0);
const label = process.argv[2] ?? 'first-load JS';
console.log(`| page | ${label}: total kB gzip | of which page and layouts |`);
console.log('|---|---:|---:|');
for (const row of rows) console.log(`| \`${row.route}\` | ${kb(row.total)} | ${kb(row.own)} |`);
console.log(`\nShared by every page (framework and React): ${kb(shared)} kB gzip.`);
