/**
 * The engine runs in a worker thread: while a large round is being solved the server keeps answering;
 * the worker entry also works as the esbuild bundle builds it (dist/, `npm start`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { eq } from 'drizzle-orm';
import { placementRuns } from '../../db/schema';
import { projectRoot } from '../../db/paths';
import { largeRound } from '../helpers/large-round';
import { cookieOf, loginAs, testServer, trpcGet, trpcPost, type TestServer } from '../helpers/server';
import { trpcData, type Outputs } from '../helpers/answers';
import type { ServerMessage, WorkerJob, WorkerMessage } from '../../server/features/placements/worker-protocol';

const STUDENTS = 3000;
const LOCATIONS = 120;
let s: TestServer;

beforeAll(async () => {
  s = await testServer();
});
afterAll(async () => {
  await s.app.close();
});

describe('the engine off the request thread', () => {
  it('keeps the server answering while a large round runs', { timeout: 120_000 }, async () => {
    const roundId = largeRound(s, { students: STUDENTS, locations: LOCATIONS });
    const cookie = cookieOf(await loginAs(s.app, 'projectleider@eindhoven.demo'));
    const started = await trpcPost(s.app, 'placements.run', cookie, { roundId }, { origin: 'http://localhost' });
    expect(started.statusCode).toBe(200);
    const latencies: number[] = [];
    let answeredWhileSolving = 0;
    let state = 'wachtrij';
    while (state === 'wachtrij' || state === 'bezig') {
      const t0 = performance.now();
      const [health, me] = await Promise.all([
        s.app.inject({ method: 'GET', url: '/healthz' }),
        trpcGet(s.app, 'session.me', cookie),
      ]);
      const ms = performance.now() - t0;
      expect(health.statusCode).toBe(200);
      expect(me.statusCode).toBe(200);
      const status = trpcData<Outputs['placements']['runStatus']>(
        await trpcGet(s.app, 'placements.runStatus', cookie, { roundId }),
      )!;
      state = status.state;
      if (state === 'bezig' && (status.stage === 'oplossen' || status.stage === 'uitleggen')) {
        answeredWhileSolving++;
        latencies.push(ms);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(state).toBe('klaar');
    expect(answeredWhileSolving).toBeGreaterThanOrEqual(5);
    latencies.sort((a, b) => a - b);
    // Answers come while the engine works, and quickly: the event loop is never held by the engine.
    expect(latencies[Math.floor(latencies.length / 2)]!).toBeLessThan(100);
    const round = trpcData<Outputs['placements']['round']>(
      await trpcGet(s.app, 'placements.round', cookie, { roundId }),
    );
    expect(round).toMatchObject({ status: 'gedraaid', students: STUDENTS, resultCurrent: true });
    expect(round.placed).toBeGreaterThan(STUDENTS / 2);
  });

  it('works from the esbuild bundle of its entry, as `npm start` runs it', { timeout: 60_000 }, async () => {
    // Inside the project, as dist/ is: the bundle finds its packages (drizzle, better-sqlite3) in node_modules.
    mkdirSync(join(projectRoot, 'dist'), { recursive: true });
    const outdir = mkdtempSync(join(projectRoot, 'dist', 'worker-test-'));
    try {
      await build({
        entryPoints: ['server/features/placements/placement-worker.ts'],
        outdir,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        logLevel: 'silent',
      });
      const bundle = join(outdir, 'placement-worker.js');
      const round = {
        objective: 'optimal',
        students: [{ id: 'stu-1', programme: 'pw3', availableDays: [1, 2, 3], daysNeeded: 2, preferences: ['loc-1'] }],
        locations: [{ id: 'loc-1', openDays: [1, 2, 3, 4, 5], capacity: 1, programmeCapacity: { pw3: 1 } }],
        fixed: [],
      };
      const messages = await talk(bundle, { kind: 'run', round: round as never }, () => null);
      expect(messages.map((m) => (m.type === 'stage' ? m.stage : m.type))).toEqual(['oplossen', 'uitleggen', 'done']);
      const done = messages.at(-1)!;
      expect(done.type === 'done' && done.output.kind === 'run' && done.output.result.assignments).toEqual([
        { student: 'stu-1', location: 'loc-1', supervisor: null, days: [1, 2] },
      ]);

      // The bundle also reads a round and writes a comparison on its own connection to the same file.
      const roundId = largeRound(s, { students: 40, locations: 5 });
      const ids = s.region.eindhoven;
      const userId = ids.userIdByEmail['projectleider@eindhoven.demo']!;
      const runId = s.db
        .insert(placementRuns)
        .values({
          roundId,
          kind: 'compare',
          state: 'wachtrij',
          stage: 'voorbereiden',
          inputsRevision: 0,
          createdBy: userId,
          createdAt: 1,
        })
        .returning()
        .get().id;
      const source = {
        kind: 'compare' as const,
        path: s.db.$client.name,
        roundId,
        actor: { userId, partnershipId: ids.partnershipId },
      };
      const conversation = await talk(bundle, { kind: 'fromDatabase', source }, (m) =>
        m.type === 'checked' ? { type: 'go', runId } : m.type === 'solved' ? { type: 'apply', now: 42 } : null,
      );
      expect(conversation.map((m) => m.type)).toEqual(['checked', 'stage', 'solved', 'applied']);
      expect(conversation[0]).toMatchObject({ students: 40 });
      const row = s.db.select().from(placementRuns).where(eq(placementRuns.id, runId)).get()!;
      expect(row).toMatchObject({ state: 'klaar', finishedAt: 42, result: { fixed: 0 } });
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});

/** Runs one job in a worker started from `file`, answering its messages with `reply`, until it is done or fails. */
async function talk(file: string, job: WorkerJob, reply: (m: WorkerMessage) => ServerMessage | null) {
  const worker = new Worker(file);
  try {
    return await new Promise<WorkerMessage[]>((resolve, reject) => {
      const seen: WorkerMessage[] = [];
      worker.on('message', (m: WorkerMessage) => {
        seen.push(m);
        if (m.type === 'done' || m.type === 'applied' || m.type === 'error') resolve(seen);
        const answer = reply(m);
        if (answer) worker.postMessage(answer);
      });
      worker.on('error', reject);
      worker.postMessage(job);
    });
  } finally {
    await worker.terminate();
  }
}
