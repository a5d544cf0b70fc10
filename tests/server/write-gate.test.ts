/**
 * Decision 086: while another thread holds the database's write lock (a placement run's apply), a request
 * that may write waits for it at the server's door, asynchronously — not on SQLite's busy timeout in the
 * server's thread, which would hold every other request with it. Here a real second connection in a worker
 * thread holds the lock for 600 ms (as the apply of a 10,000-student run can); a user saves meanwhile and
 * /healthz is asked throughout.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { writingElsewhere } from '../../server/write-gate';
import { DEMO_PASSWORD } from '../../server/seed/demo-data';
import { HEALTHZ_BUDGET_MS, healthzDuring, listenOnLoopback, quietStall } from '../helpers/availability';
import { testServer, type TestServer } from '../helpers/server';

const HOLD_MS = 600;
let s: TestServer;
let base: string;
let cookie: string;
let quiet: number;

beforeAll(async () => {
  s = await testServer();
  base = await listenOnLoopback(s.app);
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'projectleider@eindhoven.demo', password: DEMO_PASSWORD }),
  });
  cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  quiet = await quietStall(base);
});
afterAll(() => s.app.close());

/** Another thread's connection to the same file takes the write lock, holds it, commits. */
function holdTheWriteLock(file: string): { locked: Promise<void>; committed: Promise<void> } {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const db = new (require('better-sqlite3'))(workerData.file);
     db.exec('BEGIN IMMEDIATE');
     db.prepare("UPDATE user SET locale = locale WHERE id = (SELECT min(id) FROM user)").run();
     parentPort.postMessage('locked');
     const until = Date.now() + workerData.ms;
     while (Date.now() < until);
     db.exec('COMMIT');
     db.close();`,
    { eval: true, workerData: { file, ms: HOLD_MS } },
  );
  const locked = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  const committed = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
  return { locked, committed };
}

async function saveLanguage(locale: string) {
  const started = performance.now();
  const res = await fetch(`${base}/trpc/session.setLanguage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: base },
    body: JSON.stringify({ locale }),
  });
  return { status: res.status, ms: performance.now() - started };
}

it('a save while another thread writes waits at the door; /healthz keeps answering', async () => {
  const file = s.db.$client.name;
  const { max, result: save } = await healthzDuring(base, async () => {
    const other = holdTheWriteLock(file);
    const held = writingElsewhere(file, () => other.committed);
    await other.locked;
    const answer = await saveLanguage('en');
    await held;
    return answer;
  });
  console.log(
    `save ${Math.round(save.ms)} ms while another thread held the lock ${HOLD_MS} ms; healthz max ${Math.round(max)} ms`,
  );
  expect(save.status).toBe(200);
  // It waited for the other thread's commit (and then saved) ...
  expect(save.ms).toBeGreaterThan(HOLD_MS - 100);
  // ... without holding anyone else: on the busy timeout in the server's thread /healthz would wait as long.
  expect(max).toBeLessThan(quiet + Math.min(HEALTHZ_BUDGET_MS, HOLD_MS - 300));
  expect(s.db.$client.prepare("SELECT locale FROM user WHERE email = 'projectleider@eindhoven.demo'").get()).toEqual({
    locale: 'en',
  });
});
