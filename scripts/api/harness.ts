/**
 * What the API benchmark and the soak share: the generated dataset behind the real built server, the
 * demo accounts logged in, and the read and write mixes the three user groups do most.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiDataset } from './dataset';
import { bundle } from '../durability/crash-test';
import { projectRoot } from '../../server/paths';
import { isoWeek } from '../../shared/domain/dates';

export type Request = { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };

const children: ChildProcess[] = [];
export const workDir = mkdtempSync(join(tmpdir(), 'bench-api-'));
export const databasePath = join(workDir, 'bench.db');

export function cleanUp(): void {
  for (const c of children) c.kill('SIGKILL');
  rmSync(workDir, { recursive: true, force: true });
}

/** Starts a bundled script and resolves with its port once it prints where it listens. */
export function start(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    // SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server under load
    const nodeArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
    });
    children.push(child);
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening (\d+)|http:\/\/[^:\s]+:(\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1] ?? m[2]) });
    });
    child.stderr.on('data', (c: Buffer) => process.stderr.write(c));
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function call(base: string, r: Request) {
  const res = await fetch(base + r.path, { method: r.method, headers: r.headers, body: r.body });
  if (!res.ok) throw new Error(`${r.path.slice(0, 80)}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res;
}
const get = (path: string, input: unknown, cookie: string): Request => ({
  method: 'GET',
  path: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input ?? null))}`,
  headers: { cookie },
});
const mutate = (path: string, input: unknown, cookie: string): Request => ({
  method: 'POST',
  path: `/trpc/${path}`,
  headers: { cookie, 'content-type': 'application/json' },
  body: JSON.stringify(input),
});
const data = async <T>(base: string, r: Request) =>
  ((await (await call(base, r)).json()) as { result: { data: T } }).result.data;

async function login(base: string, email: string): Promise<string> {
  const res = await call(base, {
    method: 'POST',
    path: '/auth/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'werkplaats-demo' }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

export interface Workload {
  base: string;
  server: { child: ChildProcess; port: number };
  reads: Request[];
  writes: Request[];
  description: string;
  counts: Record<string, number>;
}

/** Generates the dataset, starts the built server on it, logs in and prepares both mixes. */
export async function prepareWorkload(): Promise<Workload> {
  const db = await createApiDataset(databasePath);
  const counts = db.$client
    .prepare(
      'SELECT (SELECT count(*) FROM partnership) partnerships, (SELECT count(*) FROM student) students, (SELECT count(*) FROM student_reflection) reflections, (SELECT count(*) FROM mentor_session_log) logs',
    )
    .get() as Record<string, number>;
  db.$client.close();
  const server = await start(await bundle('server/index.ts'), [], {
    DATABASE_PATH: databasePath,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    RATE_LIMIT_MAX: '100000000',
    LOG_LEVEL: 'warn',
  });
  const base = `http://127.0.0.1:${server.port}`;

  const [mentor, projectleider, regiegroep, student] = await Promise.all(
    ['mentor', 'projectleider', 'regiegroep', 'student'].map((who) => login(base, `${who}@eindhoven.demo`)),
  );
  const [team] = await data<{ id: number }[]>(base, get('mentorTeams.myTeams', undefined, mentor!));
  const rounds = await data<{ id: number; name: string; status: string }[]>(
    base,
    get('placements.list', undefined, projectleider!),
  );
  const round = rounds.find((r) => r.status === 'gepubliceerd')!;
  const week = isoWeek(new Date().toISOString().slice(0, 10));
  const weekKey = `${week.year}-W${String(week.week).padStart(2, '0')}`;
  const teamWeek = await data<{
    log: { id: number } | null;
    week: { sessionDate: string };
    students: { id: number }[];
  }>(base, get('mentorTeams.week', { teamId: team!.id, week: weekKey }, mentor!));
  const sessionDate = teamWeek.week.sessionDate;
  const logId =
    teamWeek.log?.id ??
    (await data<{ id: number }>(base, mutate('mentorTeams.createLog', { teamId: team!.id, sessionDate }, mentor!))).id;
  // A save as a mentor makes it while typing: the texts and the presence of the whole class, in one transaction.
  const attendance = teamWeek.students.map((s, i) => ({
    studentId: s.id,
    attendance: i % 9 === 0 ? 'afgemeld' : 'aanwezig',
    daysPresent: i % 5 === 0 ? 1 : 2,
  }));

  const reads = [
    get('mentorTeams.classOverview', { teamId: team!.id }, mentor!),
    get('placements.resultsPage', { roundId: round.id, page: 1 }, projectleider!),
    get('regiegroep.dashboard', {}, regiegroep!),
  ];
  const writes = [
    mutate(
      'mentorTeams.updateLog',
      {
        id: logId,
        sessionDate,
        expectations: 'Wat we deze week van de studenten verwachtten',
        practiceSituations: 'Een praktijksituatie',
        lessonMaterial: 'Lesstof',
        agreements: 'Afspraken',
        attendance,
      },
      mentor!,
    ),
    mutate(
      'mentorTeams.saveReflection',
      { week: weekKey, body: 'Deze week heb ik geleerd om…', nextStep: 'Volgende week' },
      student!,
    ),
  ];
  for (const r of [...reads, ...writes]) await call(base, r);
  return {
    base,
    server,
    reads,
    writes,
    counts,
    description: `reads: class overview (${teamWeek.students.length} students), placement list (${round.name}, first page of 50), dashboard; writes: session log with presence, reflection`,
  };
}
