/**
 * `npm run bench:api`: the real server (the built dist/server/index.js) on a generated dataset, driven by
 * autocannon with the reads the three user groups do most (a mentor's class overview, a projectleider's
 * placement list, the regiegroep dashboard) and the writes they do most (a weekly session log, a student's
 * reflection), 50 connections, 30 s each; and, in the same run, a bare Fastify hello-world as yardstick.
 * The last line is the contract of issue 7.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApiDataset } from './api/dataset';
import { bundle } from './durability/crash-test';
import { projectRoot } from '../server/paths';
import { isoWeek } from '../shared/domain/dates';

const DURATION = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = 50;
const dir = mkdtempSync(join(tmpdir(), 'bench-api-'));
const children: ChildProcess[] = [];

function start(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: projectRoot, env: { ...process.env, ...env } });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening (\d+)|http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1] ?? m[2]) });
    });
    child.stderr!.on('data', (c: Buffer) => process.stderr.write(c));
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function post(base: string, path: string, body: unknown, cookie?: string) {
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}
async function login(base: string, email: string): Promise<string> {
  const res = await post(base, '/auth/login', { email, password: 'werkplaats-demo' });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
async function query(base: string, path: string, input: unknown, cookie: string) {
  const res = await fetch(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { result: { data: unknown } }).result.data;
}

type Request = { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };
const get = (path: string, input: unknown, cookie: string): Request => ({ method: 'GET', path: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, headers: { cookie } });
const mutate = (path: string, input: unknown, cookie: string): Request => ({ method: 'POST', path: `/trpc/${path}`, headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(input) });

async function load(url: string, requests: Request[] | undefined) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { rps: result.requests.average, p99: result.latency.p99, errors };
}

try {
  let t0 = performance.now();
  const db = await createApiDataset(join(dir, 'bench.db'));
  const counts = db.$client.prepare('SELECT (SELECT count(*) FROM partnership) p, (SELECT count(*) FROM student) s, (SELECT count(*) FROM student_reflection) r, (SELECT count(*) FROM mentor_session_log) l').get() as Record<string, number>;
  db.$client.close();
  console.log(`dataset: ${counts.p} partnerships, ${counts.s} students, ${counts.r} reflections, ${counts.l} session logs (${Math.round(performance.now() - t0)} ms)`);

  const server = await bundle('server/index.ts');
  const hello = await bundle('scripts/api/hello-world.ts');
  const app = await start(server, [], { DATABASE_PATH: join(dir, 'bench.db'), PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false', RATE_LIMIT_MAX: '100000000', LOG_LEVEL: 'warn' });
  const base = `http://127.0.0.1:${app.port}`;

  const mentor = await login(base, 'mentor@eindhoven.demo');
  const projectleider = await login(base, 'projectleider@eindhoven.demo');
  const regiegroep = await login(base, 'regiegroep@eindhoven.demo');
  const student = await login(base, 'student@eindhoven.demo');
  const [team] = (await query(base, 'mentorTeams.myTeams', undefined, mentor)) as { id: number }[];
  const rounds = (await query(base, 'placements.list', undefined, projectleider)) as { id: number; status: string }[];
  const round = rounds.find((r) => r.status === 'gepubliceerd')!;
  // This week's log: make it once, then the write load keeps saving it as a mentor would while typing.
  const today = new Date().toISOString().slice(0, 10);
  const week = isoWeek(today);
  const weekKey = `${week.year}-W${String(week.week).padStart(2, '0')}`;
  const teamWeek = (await query(base, 'mentorTeams.week', { teamId: team!.id, week: weekKey }, mentor)) as { log: { id: number } | null; week: { sessionDate: string }; students: { id: number }[] };
  const sessionDate = teamWeek.week.sessionDate;
  const logId = teamWeek.log?.id ?? (((await (await post(base, '/trpc/mentorTeams.createLog', { teamId: team!.id, sessionDate }, mentor)).json()) as { result: { data: { id: number } } }).result.data.id);
  // A save as the mentor makes it: the texts and the presence of the whole class, in one transaction.
  const attendance = teamWeek.students.map((s, i) => ({ studentId: s.id, attendance: i % 9 === 0 ? 'afgemeld' : 'aanwezig', daysPresent: i % 5 === 0 ? 1 : 2 }));

  const reads = [get('mentorTeams.classOverview', { teamId: team!.id }, mentor), get('placements.results', { roundId: round.id }, projectleider), get('regiegroep.dashboard', {}, regiegroep)];
  const writes = [
    mutate('mentorTeams.updateLog', { id: logId, sessionDate, expectations: 'Wat we deze week van de studenten verwachtten', practiceSituations: 'Een praktijksituatie', lessonMaterial: 'Lesstof', agreements: 'Afspraken', attendance }, mentor),
    mutate('mentorTeams.saveReflection', { week: weekKey, body: 'Deze week heb ik geleerd om…', nextStep: 'Volgende week' }, student),
  ];
  for (const r of [...reads, ...writes]) {
    const res = await fetch(base + r.path, { method: r.method, headers: r.headers, body: r.body });
    if (!res.ok) throw new Error(`warm-up ${r.path.slice(0, 60)}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  }

  t0 = performance.now();
  const read = await load(base, reads);
  const write = await load(base, writes);
  app.child.kill('SIGTERM');
  const yardstick = await start(hello, ['0']);
  const helloWorld = await load(`http://127.0.0.1:${yardstick.port}`, undefined);
  yardstick.child.kill('SIGTERM');

  const ratio = (x: number) => (x / helloWorld.rps).toFixed(3);
  console.log(`read mix: class overview, placement list (round of ${round.id}), dashboard; write mix: session log, reflection; ${CONNECTIONS} connections, ${DURATION} s each`);
  console.log(
    `api: read ${Math.round(read.rps)} req/s p99 ${read.p99} ms, write ${Math.round(write.rps)} req/s p99 ${write.p99} ms, ${read.errors + write.errors} errors; read ratio ${ratio(read.rps)}, write ratio ${ratio(write.rps)} (hello-world ${Math.round(helloWorld.rps)} req/s)`,
  );
} finally {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
