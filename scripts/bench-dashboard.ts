// `npm run bench:dashboard`: the regiegroep dashboard's queries on a large partnership (10,000 students,
// 400 mentor-team weeks, 100,000 reflections), run as the dashboard procedure runs them. A script, not
// a timed test: the last line is the figure the issue asks for.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDb, openDb } from '../db/client';
import { fakeClock } from '../server/clock';
import type { Actor } from '../server/auth/actor';
import { createCallerFactory } from '../server/trpc/init';
import { appRouter } from '../server/trpc/app-router';
import { createContextInner } from '../server/trpc/context';
import { dashboard } from '../server/features/regiegroep/dashboard/dashboard.service';
import { generateDataset, SIZES, TODAY } from './dashboard/generate-dataset';
import { execWatched } from '../db/data-generation';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));

const dir = mkdtempSync(join(tmpdir(), 'bench-dashboard-'));
try {
  const db = openDb(join(dir, 'bench.db'));
  migrateDb(db);
  let t0 = performance.now();
  const data = generateDataset(db.$client);
  execWatched(db.$client, 'ANALYZE');
  const counts = db.$client
    .prepare(
      'SELECT (SELECT count(*) FROM student) students, (SELECT count(*) FROM mentor_session_log) teamWeeks, (SELECT count(*) FROM student_reflection) reflections, (SELECT count(*) FROM placement_participant) participants',
    )
    .get() as Record<string, number>;
  console.log(
    `dataset: ${counts.students} students, ${counts.teamWeeks} team-weeks, ${counts.reflections} reflections, ${counts.participants} in the published round — written in ${fmt(performance.now() - t0)} ms`,
  );

  const clock = fakeClock(Date.parse(`${TODAY}T12:00:00Z`));
  const actor: Actor = {
    userId: data.projectleiderId,
    sessionId: 0,
    name: 'Projectleider',
    email: 'pl@bench',
    locale: 'nl',
    partnershipId: data.partnershipId,
    roles: ['projectleider'],
    topLocationId: null,
    studentId: null,
    partnershipIds: [data.partnershipId],
  };
  const caller = createCallerFactory(appRouter)(createContextInner({ db, clock, actor }));
  const ctx = { db, clock, actor };

  // Warm up (statement cache, page cache), then time the procedure end to end, then per panel. The
  // procedure keeps its answer until data changes (server/cache/read-cache.ts): a write before each
  // timed run makes it compute every time, which is what these figures are about.
  const somethingChanged = db.$client.prepare('UPDATE partnership SET name = name WHERE id = ?');
  await caller.regiegroep.dashboard({});
  const totals: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    somethingChanged.run(data.partnershipId);
    t0 = performance.now();
    const result = await caller.regiegroep.dashboard({});
    totals.push(performance.now() - t0);
    if (i === 0)
      console.log(
        `check: ${result.mentorTeams.teams.length} teams, ${result.mentorTeams.weeks.length} weeks, placed ${String(result.placements?.round ? result.placements.totals.placed : '-')}, ${result.knowledge?.dilemmasOverTime.length ?? 0} months of dilemmas`,
      );
  }
  const panels: Record<string, number[]> = {};
  for (let i = 0; i < RUNS; i++) {
    const timings: Record<string, number> = {};
    dashboard(ctx, {}, timings);
    for (const [k, v] of Object.entries(timings)) (panels[k] ??= []).push(v);
  }
  const filtered: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    somethingChanged.run(data.partnershipId);
    t0 = performance.now();
    await caller.regiegroep.dashboard({ programmeId: 3, periodId: 2 });
    filtered.push(performance.now() - t0);
  }
  const cached: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t0 = performance.now();
    await caller.regiegroep.dashboard({});
    cached.push(performance.now() - t0);
  }
  db.$client.close();
  const breakdown = ['placements', 'mentorTeams', 'knowledge', 'actions', 'meetings', 'scope']
    .map((k) => `${k} ${fmt(median(panels[k] ?? [0]))} ms`)
    .join(', ');
  console.log(
    `with a programme and period filter: ${fmt(median(filtered))} ms; answered from the cache while nothing changed: ${fmt(median(cached))} ms`,
  );
  console.log(
    `dashboard: ${fmt(median(totals))} ms for all panels (${breakdown}; median of ${RUNS} runs through the tRPC procedure after a warm-up; ${SIZES.students.toLocaleString('en')} students, ${counts.teamWeeks} team-weeks, ${counts.reflections!.toLocaleString('en')} reflections)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
