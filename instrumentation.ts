// Runs once per server process before it serves: migrate, seed an empty demo database, start the
// mail worker. Skipped during `next build`, which must not need a database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServer } = await import('./lib/startup');
  await startServer();
}
