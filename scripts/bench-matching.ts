// `npm run bench:matching`: the matching engine against HiGHS on generated 10,000-student rounds.
// Both run as whole child processes: ours as the real `npm run --silent match -- --in X --out Y`,
// HiGHS (npm `highs`, WebAssembly) through scripts/matching/highs-runner.ts in each configuration.
// Prints per instance, then one final line with the figures the issue asks for.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generateRound } from './matching/generate-round';
import { verifyResult } from './matching/verify-result';
import { parseRound, repairRound, solveRound } from '../server/features/placements/engine/index';
import type { Round, RoundResult } from '../server/features/placements/engine/types';
import type { HighsOutcome, HighsVariant } from './matching/highs-model';

const SEEDS = [1, 2, 3];
const RUNS = 3;
// the MIP configuration is far slower (minutes); BENCH_HIGHS_MIP=1 adds it
const VARIANTS: HighsVariant[] =
  process.env.BENCH_HIGHS_MIP === '1' ? ['ipm', 'simplex', 'two-phase', 'mip'] : ['ipm', 'simplex', 'two-phase'];
const dir = join(tmpdir(), `bench-matching-${process.pid}`);
mkdirSync(dir, { recursive: true });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { ms: number; stdout: string; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

async function bundle(): Promise<void> {
  // same options as the build:server script, so dist/scripts/match.js is what `npm run match` runs
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  } as const;
  await build({ ...common, entryPoints: ['scripts/match.ts'], outbase: '.', outdir: 'dist', sourcemap: true });
  await build({ ...common, entryPoints: ['scripts/matching/highs-runner.ts'], outfile: 'dist/bench/highs-runner.js' });
}

function runMatch(input: string, output: string): { ms: number; result: RoundResult; rssMb: number } {
  const r = timed('npm', ['run', '--silent', 'match', '--', '--in', input, '--out', output], {
    ...process.env,
    MATCH_REPORT: '1',
  });
  const report = JSON.parse(
    r.stderr
      .split('\n')
      .find((l) => l.startsWith('match-report '))!
      .slice(13),
  ) as { maxRssKb: number };
  return { ms: r.ms, result: JSON.parse(readFileSync(output, 'utf8')) as RoundResult, rssMb: report.maxRssKb / 1024 };
}

function runHighs(input: string, variant: HighsVariant): HighsOutcome & { ms: number; rssMb: number } {
  const r = timed('node', ['dist/bench/highs-runner.js', '--in', input, '--variant', variant]);
  const out = JSON.parse(r.stdout) as HighsOutcome & { maxRssKb: number };
  return { ...out, ms: r.ms, rssMb: out.maxRssKb / 1024 };
}

function repairTimes(round: Round): number[] {
  const result = solveRound(round);
  const fixed = new Set(round.fixed.map((f) => f.student));
  const candidates = result.assignments.filter((a) => !fixed.has(a.student));
  const times: number[] = [];
  for (let k = 0; k < 6; k++) {
    const a = candidates[(k * 997) % candidates.length]!;
    const t0 = performance.now();
    repairRound(round, result.assignments, { kind: 'withdraw', student: a.student });
    if (k > 0) times.push(performance.now() - t0); // the first one warms the code up, as in a server
  }
  return times;
}

async function main(): Promise<void> {
  await bundle();
  const rows: {
    whole: number;
    solve: number;
    highs: number;
    highsVariant: string;
    stable: number;
    repair: number;
    rss: number;
    match: boolean;
  }[] = [];
  for (const seed of SEEDS) {
    const round = generateRound({ students: 10_000, locations: 500, choices: 10, seed });
    const input = join(dir, `round-${seed}.json`);
    const stableInput = join(dir, `round-${seed}-stable.json`);
    const output = join(dir, `result-${seed}.json`);
    writeFileSync(input, JSON.stringify(round));
    writeFileSync(stableInput, JSON.stringify({ ...round, objective: 'stable' }));
    const parsed = parseRound(JSON.parse(readFileSync(input, 'utf8')));
    if (!parsed.ok) throw new Error('generated round does not validate');

    const ours = Array.from({ length: RUNS }, () => runMatch(input, output));
    const problems = verifyResult(parsed.round, ours[0]!.result);
    if (problems.length > 0) throw new Error(`invalid result: ${problems.slice(0, 5).join('; ')}`);
    const stable = runMatch(stableInput, output);
    const stableProblems = verifyResult({ ...parsed.round, objective: 'stable' }, stable.result);
    if (stableProblems.length > 0) throw new Error(`invalid stable result: ${stableProblems.slice(0, 5).join('; ')}`);
    const highs = VARIANTS.map((v) => ({ variant: v, ...runHighs(input, v) }));
    const fastest = highs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const stats = ours[0]!.result.stats;
    const match = highs.every((h) => h.placed === stats.placed && h.rankCost === stats.rankCost);
    const repair = median(repairTimes(parsed.round));
    const row = {
      whole: median(ours.map((o) => o.ms)),
      solve: median(ours.map((o) => o.result.stats.solveMs)),
      highs: fastest.ms,
      highsVariant: fastest.variant,
      stable: stable.result.stats.solveMs,
      repair,
      rss: Math.max(...ours.map((o) => o.rssMb)),
      match,
    };
    rows.push(row);
    console.log(
      `seed ${seed}: placed ${stats.placed}/${round.students.length}, rankCost ${stats.rankCost}; ` +
        `match whole ${row.whole.toFixed(0)} ms (runs ${ours.map((o) => o.ms.toFixed(0)).join('/')}), solve ${row.solve} ms, RSS ${row.rss.toFixed(0)} MB; ` +
        `stable solve ${row.stable} ms; repair ${repair.toFixed(1)} ms`,
    );
    for (const h of highs) {
      console.log(
        `  HiGHS ${h.variant.padEnd(9)} whole ${h.ms.toFixed(0)} ms, solve ${h.solveMs.toFixed(0)} ms, RSS ${h.rssMb.toFixed(0)} MB, placed ${h.placed}, rankCost ${h.rankCost}${h.placed === stats.placed && h.rankCost === stats.rankCost ? '' : '  MISMATCH'}`,
      );
    }
  }
  const whole = Math.max(...rows.map((r) => r.whole));
  const highsMs = Math.min(...rows.map((r) => r.highs));
  const factor = Math.min(...rows.map((r) => r.highs / r.whole));
  const solve = Math.max(...rows.map((r) => r.solve));
  const stable = Math.max(...rows.map((r) => r.stable));
  const repair = Math.max(...rows.map((r) => r.repair));
  const rss = Math.max(...rows.map((r) => r.rss));
  const matched = rows.filter((r) => r.match).length;
  const targets = [factor >= 10, stable < 50, repair < 50, rss < 256, matched === rows.length];
  console.log(
    `matching: whole process ${whole.toFixed(0)} ms vs HiGHS ${highsMs.toFixed(0)} ms (${factor.toFixed(1)}× faster), solve ${solve} ms, ` +
      `stable ${stable} ms, repair ${repair.toFixed(1)} ms, peak RSS ${rss.toFixed(0)} MB, optimum matched ${matched}/${rows.length}` +
      ` — targets ${targets.every(Boolean) ? 'met' : 'NOT met'}`,
  );
}

try {
  await main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
