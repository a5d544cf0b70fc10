/**
 * The engine runs in a worker thread: while a large round is being solved the server keeps answering;
 * the worker entry also works as the esbuild bundle builds it (dist/, `npm start`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  placementParticipants,
  placementPreferences,
  placementRoundLocations,
  placementRounds,
  placementSupervisors,
  students,
  topLocations,
} from '../../db/schema';
import { cookieOf, loginAs, testServer, trpcGet, trpcPost, type TestServer } from '../helpers/server';
import { trpcData, type Outputs } from '../helpers/answers';
import type { WorkerMessage } from '../../server/features/placements/worker-protocol';

const STUDENTS = 3000;
const LOCATIONS = 120;
let s: TestServer;

/** A large round, written straight into the database (the procedures would take minutes for this). */
function largeRound(): number {
  const ids = s.region.eindhoven;
  const now = s.clock.now();
  const codes = ['pw3', 'pw4', 'ad-pep', 'pabo-vt'] as const;
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return s.db.transaction((tx) => {
    const organisationId = Object.values(ids.organisationIds)[0]!;
    const roundId = tx
      .insert(placementRounds)
      .values({
        partnershipId: ids.partnershipId,
        schoolYearId: ids.schoolYearId,
        name: 'Grote ronde',
        objective: 'optimal',
        status: 'concept',
        createdBy: ids.userIdByEmail['projectleider@eindhoven.demo']!,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get().id;
    const roundLocations: number[] = [];
    for (let l = 0; l < LOCATIONS; l++) {
      const locationId = tx
        .insert(topLocations)
        .values({
          partnershipId: ids.partnershipId,
          organisationId,
          name: `Proeflocatie ${l}`,
          address: 'Laan 1',
          city: 'Eindhoven',
          openDays: [1, 2, 3, 4, 5],
          lat: 51.4 + random() / 10,
          lon: 5.4 + random() / 10,
          createdAt: now,
        })
        .returning()
        .get().id;
      const programmeCapacity = codes.map((c) => ({
        programmeId: ids.programmeIdByCode[c]!,
        capacity: 4 + Math.floor(random() * 8),
      }));
      const id = tx
        .insert(placementRoundLocations)
        .values({
          roundId,
          locationId,
          capacity: 15 + Math.floor(random() * 15),
          openDays: [1, 2, 3, 4, 5],
          programmeCapacity,
        })
        .returning()
        .get().id;
      tx.insert(placementSupervisors)
        .values({
          roundLocationId: id,
          name: `Begeleider ${l}`,
          capacity: 30,
          programmeIds: codes.map((c) => ids.programmeIdByCode[c]!),
        })
        .run();
      roundLocations.push(id);
    }
    for (let i = 0; i < STUDENTS; i++) {
      const studentId = tx
        .insert(students)
        .values({
          partnershipId: ids.partnershipId,
          firstName: 'Proef',
          lastName: `Student ${i}`,
          programmeId: ids.programmeIdByCode[codes[i % 4]!]!,
          schoolYearId: ids.schoolYearId,
          createdAt: now,
        })
        .returning()
        .get().id;
      const participantId = tx
        .insert(placementParticipants)
        .values({ roundId, studentId, availableDays: [1, 2, 3, 4, 5], daysNeeded: 2 })
        .returning()
        .get().id;
      const choices = new Set<number>();
      while (choices.size < 10) choices.add(roundLocations[Math.floor(random() ** 2 * LOCATIONS)]!);
      [...choices].forEach((roundLocationId, r) =>
        tx
          .insert(placementPreferences)
          .values({ participantId, rank: r + 1, roundLocationId })
          .run(),
      );
    }
    return roundId;
  });
}

beforeAll(async () => {
  s = await testServer();
});
afterAll(async () => {
  await s.app.close();
});

describe('the engine off the request thread', () => {
  it('keeps the server answering while a large round runs', { timeout: 120_000 }, async () => {
    const roundId = largeRound();
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

  it('works from the esbuild bundle of its entry, as `npm start` runs it', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'werkplaats-worker-'));
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
    const worker = new Worker(join(outdir, 'placement-worker.js'));
    const round = {
      objective: 'optimal',
      students: [{ id: 'stu-1', programme: 'pw3', availableDays: [1, 2, 3], daysNeeded: 2, preferences: ['loc-1'] }],
      locations: [{ id: 'loc-1', openDays: [1, 2, 3, 4, 5], capacity: 1, programmeCapacity: { pw3: 1 } }],
      fixed: [],
    };
    const messages: WorkerMessage[] = await new Promise((resolve, reject) => {
      const seen: WorkerMessage[] = [];
      worker.on('message', (m: WorkerMessage) => {
        seen.push(m);
        if (m.type !== 'stage') resolve(seen);
      });
      worker.on('error', reject);
      worker.postMessage({ kind: 'run', round });
    });
    await worker.terminate();
    expect(messages.map((m) => (m.type === 'stage' ? m.stage : m.type))).toEqual(['oplossen', 'uitleggen', 'done']);
    const done = messages.at(-1)!;
    expect(done.type === 'done' && done.output.kind === 'run' && done.output.result.assignments).toEqual([
      { student: 'stu-1', location: 'loc-1', supervisor: null, days: [1, 2] },
    ]);
  });
});
