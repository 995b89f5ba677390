// An in-process nudge so a queued mail goes out at once instead of at the next poll. Called through
// ctx.afterCommit(), i.e. once the mail's transaction has committed; the poll catches anything else
// (a mail queued by another instance).
const listeners = new Set<() => void>();

export function onMailQueued(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function wakeMailWorker() {
  listeners.forEach((listener) => listener());
}
