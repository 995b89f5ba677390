// What app/ and the production build contain, for specs that must cover all of it: every page,
// route handler and server action (e2e/authorization.spec.ts, e2e/request-fuzz.spec.ts).
import fs from 'node:fs';
import path from 'node:path';

const appDir = path.join(process.cwd(), 'app');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** "app/(customer)/orgs/[orgId]/page.tsx" -> "/orgs/[orgId]" */
export function routeOf(file: string): string {
  const segments = path
    .relative(appDir, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

/** Every page, route handler and server action in app/, as the authorization matrix names them. */
export function discover() {
  const files = walk(appDir);
  const pages = files.filter((f) => /\/page\.tsx?$/.test(f)).map(routeOf);
  const routes = files.filter((f) => /\/route\.ts$/.test(f)).map(routeOf);
  const actions = files
    .filter((f) => /\.tsx?$/.test(f) && /^['"]use server['"]/m.test(fs.readFileSync(f, 'utf8')))
    .flatMap((f) => {
      const source = fs.readFileSync(f, 'utf8');
      const names = [...source.matchAll(/^export (?:async function|const) (\w+)/gm)].map((m) => m[1]);
      return names.map((name) => `${path.relative(appDir, f)}#${name}`);
    });
  return { pages, routes, actions };
}

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

function manifest(): Record<string, ManifestEntry> {
  const file = path.join(process.cwd(), '.next/server/server-reference-manifest.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> }).node;
}

/** "<file relative to app/>#<export>" -> the action's id in this build. */
export function actionIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest())) {
    ids.set(`${entry.filename.replace(/^app\//, '')}#${entry.exportedName}`, id);
  }
  return ids;
}

/** Every action of the build with one page that serves it, as a route ("/orgs/[orgId]/dpa"). */
export function actionsWithPage(): { id: string; name: string; page: string }[] {
  return Object.entries(manifest()).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((w) => w.endsWith('/page')) ?? 'app/page';
    return { id, name: `${entry.filename}#${entry.exportedName}`, page: routeOf(path.join(appDir, worker.replace(/^app\//, ''))) };
  });
}
