// An in-process nudge so a queued mail goes out at once instead of at the next poll.
const listeners = new Set<() => void>();

export function onMailQueued(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function wakeMailWorker() {
  // After the current transaction had a chance to commit; the poll catches anything missed.
  setTimeout(() => listeners.forEach((listener) => listener()), 50);
}
