/**
 * Another thread writing to the database file (a placement run's apply in the engine's worker, decision
 * 086) holds SQLite's write lock for up to a second. A write on the server's connection meanwhile waits on
 * the busy timeout *synchronously* (better-sqlite3), and so would hold every other request with it. So
 * requests that may write wait here instead, before they begin, asynchronously: the server keeps answering
 * (/healthz, static files) and the request goes on the moment the other thread has committed.
 */
const elsewhere = new Map<string, Set<Promise<unknown>>>();

/** Runs `write` (which starts another thread's write to `file` and resolves once it has committed). */
export async function writingElsewhere<T>(file: string, write: () => Promise<T>): Promise<T> {
  const pending = elsewhere.get(file) ?? new Set<Promise<unknown>>();
  elsewhere.set(file, pending);
  const written = write();
  pending.add(written);
  try {
    return await written;
  } finally {
    pending.delete(written);
  }
}

/** Resolves once no other thread is writing to `file`; `undefined` (no wait at all) when none is now. */
export function writesElsewhereSettled(file: string): Promise<void> | undefined {
  const pending = elsewhere.get(file);
  if (!pending?.size) return undefined;
  return (async () => {
    // Another may begin while these finish (a second run's apply): wait until none is left.
    while (pending.size) await Promise.allSettled([...pending]);
  })();
}
