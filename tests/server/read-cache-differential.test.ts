/**
 * The differential cache test (issue 13, decision 073): two real servers on identical demo databases,
 * one with the read caches on (the default) and one with READ_CACHE=off, get the same seeded random
 * sequence of real requests over HTTP — reads that the caches keep (dashboard, class overview, week,
 * result rows, overview, signals, lists, the signed-in actor), writes that must end kept answers
 * (signals, notes, hours, reflections, students, overrides), a write by another connection, and days
 * passing. Every answer must be equal: a cached answer that is stale, or kept for the wrong person,
 * shows as a difference. Kept values are deep-frozen outside production (read-cache.ts), so a caller changing
 * one also fails here. Runs outside any transaction, so the caches really keep and serve.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';
import { openDb, type Db } from '../../db/client';
import {
  cohorts,
  mentorTeams,
  placementAssignments,
  placementRoundLocations,
  placementRounds,
  programmes,
  signals,
  students,
} from '../../db/schema';
import { cachedRead } from '../../server/cache/read-cache';
import { cookieOf, loginAs, testServer, trpcGet, trpcPost, type TestServer } from '../helpers/server';

const SEED = 20261206;
const STEPS = 160;

/** mulberry32: a small seeded generator, so a failing sequence can be replayed. */
function seeded(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}

const EMAILS = [
  'beheer@eindhoven.demo',
  'projectleider@eindhoven.demo',
  'mentor@eindhoven.demo',
  'docent@eindhoven.demo',
  'regiegroep@eindhoven.demo',
  'student@eindhoven.demo',
  'mentor@rotterdam.demo',
] as const;
type Email = (typeof EMAILS)[number];

interface Request {
  as: Email;
  kind: 'query' | 'mutation';
  path: string;
  input: unknown;
}

let on: TestServer;
let off: TestServer;
const cookies = new Map<TestServer, Map<Email, string>>();
let others: Db[] = [];

beforeAll(async () => {
  [on, off] = [await testServer(), await testServer({ readCache: false })];
  await logInEveryone();
  others = [on, off].map((s) => openDb(s.db.$client.name));
}, 120_000);
afterAll(async () => {
  for (const o of others) o.$client.close();
  await Promise.all([on.app.close(), off.app.close()]);
});

async function logInEveryone() {
  for (const s of [on, off]) {
    const jar = new Map<Email, string>();
    for (const email of EMAILS) jar.set(email, cookieOf(await loginAs(s.app, email)));
    cookies.set(s, jar);
  }
}

/** Ids the requests refer to, read from the caching server's database (the two are identical). */
function idsOf(db: Db) {
  const team = db.select({ id: mentorTeams.id, cohortId: mentorTeams.cohortId }).from(mentorTeams).all()[0]!;
  const classIds = db.select({ id: students.id }).from(students).where(eq(students.cohortId, team.cohortId)).all();
  const round = db
    .select({ id: placementRounds.id })
    .from(placementRounds)
    .where(eq(placementRounds.status, 'gepubliceerd'))
    .get()!;
  const placed = db
    .select({ participantId: placementAssignments.participantId })
    .from(placementAssignments)
    .where(and(eq(placementAssignments.roundId, round.id), isNotNull(placementAssignments.supervisorId)))
    .all();
  const roundLocations = db
    .select({ id: placementRoundLocations.id })
    .from(placementRoundLocations)
    .where(eq(placementRoundLocations.roundId, round.id))
    .all();
  const cohort = db.select().from(cohorts).where(eq(cohorts.id, team.cohortId)).get()!;
  const programme = db
    .select({ id: programmes.id })
    .from(programmes)
    .where(eq(programmes.partnershipId, cohort.partnershipId))
    .get()!;
  const signalIds = db.select({ id: signals.id }).from(signals).where(eq(signals.teamId, team.id)).all();
  return {
    team,
    classIds: classIds.map((s) => s.id),
    round,
    placed,
    roundLocations,
    cohort,
    programme,
    signalIds: signalIds.map((s) => s.id),
  };
}

const weekKey = (w: number) => `2026-W${String(w).padStart(2, '0')}`;

/** One random request, built from the random source and the ids of the moment. */
function nextRequest(rng: ReturnType<typeof seeded>, ids: ReturnType<typeof idsOf>, n: number): Request {
  const teamId = ids.team.id;
  const q = (as: Email, path: string, input?: unknown): Request => ({ as, kind: 'query', path, input });
  const m = (as: Email, path: string, input: unknown): Request => ({ as, kind: 'mutation', path, input });
  const choices: (() => Request)[] = [
    () =>
      q(
        rng.pick(['regiegroep@eindhoven.demo', 'projectleider@eindhoven.demo', 'mentor@eindhoven.demo']),
        'regiegroep.dashboard',
        rng.pick([{}, { programmeId: ids.programme.id }, { organisationId: ids.cohort.institutionId }]),
      ),
    () =>
      q(
        rng.pick([
          'mentor@eindhoven.demo',
          'docent@eindhoven.demo',
          'projectleider@eindhoven.demo',
          'mentor@rotterdam.demo',
        ]),
        'mentorTeams.classOverview',
        { teamId },
      ),
    () =>
      q(rng.pick(['mentor@eindhoven.demo', 'projectleider@eindhoven.demo']), 'mentorTeams.week', {
        teamId,
        week: weekKey(36 + rng.int(15)),
      }),
    () => q(rng.pick(['projectleider@eindhoven.demo', 'regiegroep@eindhoven.demo']), 'mentorTeams.overview'),
    () =>
      q(
        rng.pick(['regiegroep@eindhoven.demo', 'mentor@eindhoven.demo', 'projectleider@eindhoven.demo']),
        'mentorTeams.signals',
        {},
      ),
    () =>
      q('projectleider@eindhoven.demo', rng.pick(['placements.results', 'placements.resultsPage']), {
        roundId: ids.round.id,
        page: 1,
      }),
    () =>
      q(rng.pick(['beheer@eindhoven.demo', 'mentor@eindhoven.demo', 'projectleider@eindhoven.demo']), 'students.list', {
        search: '',
      }),
    () => q(rng.pick(EMAILS), 'session.me'),
    () => q('student@eindhoven.demo', 'mentorTeams.myReflections'),
    () =>
      m('mentor@eindhoven.demo', 'mentorTeams.raiseSignal', {
        teamId,
        week: weekKey(36 + rng.int(13)),
        kind: rng.pick(['tekort', 'kans']),
        title: `Signaal ${rng.int(6)}`,
        domain: 'onderzoek-innovatie',
        competence: 'creativiteit',
        studentCount: 1 + rng.int(8),
      }),
    () =>
      m('regiegroep@eindhoven.demo', 'mentorTeams.setSignalStatus', {
        id: rng.pick(ids.signalIds),
        status: rng.pick(['doorgezet', 'opgepakt', 'afgerond']),
      }),
    () =>
      m('docent@eindhoven.demo', 'mentorTeams.addNote', {
        teamId,
        studentId: rng.pick(ids.classIds),
        body: `Notitie ${n}`,
        visibleToStudent: rng.next() < 0.5,
      }),
    () =>
      m('mentor@eindhoven.demo', 'mentorTeams.logHours', {
        teamId,
        date: `2026-11-${String(2 + rng.int(20)).padStart(2, '0')}`,
        label: 'begeleiding',
        hours: 0.5 + rng.int(4),
      }),
    () =>
      m('student@eindhoven.demo', 'mentorTeams.saveReflection', {
        week: weekKey(44 + rng.int(5)),
        body: `Reflectie ${n}: veel geleerd.`,
      }),
    () =>
      m('beheer@eindhoven.demo', 'students.create', {
        firstName: 'Nieuwe',
        lastName: `Student ${n}`,
        programmeId: ids.cohort.programmeId ?? ids.programme.id,
        cohortId: ids.cohort.id,
        schoolYearId: ids.cohort.schoolYearId,
      }),
    () =>
      m('projectleider@eindhoven.demo', 'placements.override', {
        participantId: rng.pick(ids.placed).participantId,
        roundLocationId: rng.pick(ids.roundLocations).id,
        reason: 'Afspraak met de opleiding',
      }),
  ];
  return rng.pick(choices)();
}

/** What a client sees of an answer: the status and the parsed body. */
async function answer(s: TestServer, r: Request) {
  const cookie = cookies.get(s)!.get(r.as)!;
  const res =
    r.kind === 'query' ? await trpcGet(s.app, r.path, cookie, r.input) : await trpcPost(s.app, r.path, cookie, r.input);
  return { status: res.statusCode, body: res.json<unknown>() };
}

describe('the read caches against no caches', () => {
  it(`gives equal answers to ${STEPS} seeded random requests (seed ${SEED})`, async () => {
    const rng = seeded(SEED);
    const kinds = new Map<string, number>();
    let ok = 0;
    for (let n = 0; n < STEPS; n++) {
      const roll = rng.next();
      if (roll < 0.04) {
        // another connection writes (the worker, a CLI): every kept answer must go
        for (const o of others)
          o.update(students)
            .set({ lastName: `Anders ${n}` })
            .where(eq(students.id, idsOf(on.db).classIds[0]!))
            .run();
        continue;
      }
      if (n === STEPS / 2) {
        // the next day (date-keyed answers); the sessions of yesterday have ended: log in again
        for (const s of [on, off]) s.clock.advance(16 * 3_600_000);
        await logInEveryone();
        continue;
      }
      if (roll < 0.08) {
        // minutes pass: "last seen" touches end kept actors; everyone looks once, so no session idles out
        const minutes = 1 + Math.floor(rng.next() * 20);
        for (const s of [on, off]) s.clock.advance(minutes * 60_000);
        for (const as of EMAILS) {
          const me: Request = { as, kind: 'query', path: 'session.me', input: undefined };
          expect(await answer(on, me), `step ${n}: ${as} session.me`).toEqual(await answer(off, me));
        }
        continue;
      }
      const request = nextRequest(rng, idsOf(on.db), n);
      const [cached, fresh] = [await answer(on, request), await answer(off, request)];
      expect(cached, `step ${n}: ${request.as} ${request.path} ${JSON.stringify(request.input)}`).toEqual(fresh);
      kinds.set(request.path, (kinds.get(request.path) ?? 0) + 1);
      if (cached.status === 200) ok++;
    }
    // the sequence is real: most requests succeed and every kind of request was made
    expect(ok).toBeGreaterThan(STEPS / 2);
    expect(kinds.size).toBeGreaterThanOrEqual(14);
  });
});

describe('kept values', () => {
  it('are deep-frozen in tests: a caller changing a kept answer throws', () => {
    const kept = cachedRead(on.db, 'test.frozen', () => ({ rows: [{ n: 1 }] }));
    expect(cachedRead(on.db, 'test.frozen', () => ({ rows: [{ n: 2 }] }))).toBe(kept);
    expect(() => {
      kept.rows[0]!.n = 2;
    }).toThrow(TypeError);
    expect(() => kept.rows.push({ n: 3 })).toThrow(TypeError);
  });

  it('are not kept with READ_CACHE=off: every answer is computed afresh', () => {
    const first = cachedRead(off.db, 'test.off', () => ({ n: 1 }));
    expect(cachedRead(off.db, 'test.off', () => ({ n: 2 }))).toEqual({ n: 2 });
    expect(Object.isFrozen(first)).toBe(false);
  });
});
