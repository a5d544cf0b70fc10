/**
 * Kills a writing child process with SIGKILL at random moments and checks, after every kill, that the
 * database is whole: integrity_check ok, no foreign-key violations, no half transaction, and every
 * write the child had acknowledged is there. Used by `npm run test:durability` and by npm test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { projectRoot } from '../../server/paths';

export const STUDENTS_PER_STEP = 4;

/** Bundles a child script once, so each restart costs a node start, not a TypeScript compile. */
export async function bundle(entry: string): Promise<string> {
  // Inside the project, so the child finds node_modules and the migrations like the server does.
  // One file per bundling process: test files run side by side and must not rewrite each other's child.
  const outfile = join(
    projectRoot,
    'node_modules',
    '.cache',
    'werkplaats',
    `${entry.replace(/[/.]/g, '_')}-${process.pid}.mjs`,
  );
  await build({
    entryPoints: [join(projectRoot, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  acked: number[];
  stderr: string;
}

/** Runs the child; if killAfterMs is given, SIGKILLs it that long after its first acknowledgement. */
export function runChild(script: string, args: string[], killAfterMs?: number): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: projectRoot });
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      if (killAfterMs !== undefined && timer === undefined && acked.length > 0)
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, acked, stderr });
    });
  });
}

export interface Check {
  integrityOk: boolean;
  foreignKeyViolations: number;
  halfTransactions: number;
  lost: number[];
}

/** Opens the file as a new process would and checks it is whole and holds every acknowledged step. */
export function checkDatabase(path: string, acked: Iterable<number>): Check {
  const db = new Database(path);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const fk = db.pragma('foreign_key_check') as unknown[];
    const half = db
      .prepare(
        `SELECT COUNT(*) FROM cohort c WHERE c.name LIKE 'crash-%' AND (SELECT COUNT(*) FROM student s WHERE s.cohort_id = c.id) <> ?`,
      )
      .pluck()
      .get(STUDENTS_PER_STEP) as number;
    const present = new Set(db.prepare(`SELECT id FROM cohort WHERE name LIKE 'crash-%'`).pluck().all() as number[]);
    return {
      integrityOk: integrity === 'ok',
      foreignKeyViolations: fk.length,
      halfTransactions: half,
      lost: [...acked].filter((id) => !present.has(id)),
    };
  } finally {
    db.close();
  }
}

export interface CrashTestResult {
  kills: number;
  survived: number;
  acknowledged: number;
  lost: number;
  integrityOk: boolean;
  failures: string[];
}

/** `kills` rounds of: start the writer on the same file, let it write, SIGKILL it, check. */
export async function crashTest(kills: number, log: (line: string) => void = () => {}): Promise<CrashTestResult> {
  const writer = await bundle('scripts/durability/writer.ts');
  const path = join(mkdtempSync(join(tmpdir(), 'wp-crash-')), 'crash.db');
  const acked = new Set<number>();
  const failures: string[] = [];
  let survived = 0;
  let integrityOk = true;
  for (let round = 1; round <= kills; round++) {
    const run = await runChild(writer, [path, '1000000', `r${round}`], Math.floor(Math.random() * 150));
    run.acked.forEach((id) => acked.add(id));
    if (run.signal !== 'SIGKILL')
      failures.push(`round ${round}: writer ended without being killed (${run.exitCode}): ${run.stderr.slice(0, 300)}`);
    const check = checkDatabase(path, acked);
    integrityOk &&= check.integrityOk;
    const whole =
      check.integrityOk && check.foreignKeyViolations === 0 && check.halfTransactions === 0 && check.lost.length === 0;
    if (whole) survived++;
    else failures.push(`round ${round}: ${JSON.stringify(check)}`);
    if (round % 10 === 0) log(`  ${round}/${kills} kills, ${acked.size} acknowledged writes`);
  }
  const lost = checkDatabase(path, acked).lost.length;
  return { kills, survived, acknowledged: acked.size, lost, integrityOk, failures };
}
