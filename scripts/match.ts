// `npm run --silent match -- --in round.json --out result.json`: solves one placement round.
// The contract (docs/decisions/010-matching-engine.md): bad input exits non-zero with path-named
// messages on stderr, no stack trace, and no output file (we write a temp file and rename it).
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { parseRound, solveRound } from '../server/features/placements/engine/index';
import type { RoundResult } from '../server/features/placements/engine/types';

const USAGE = 'usage: npm run --silent match -- --in round.json [--out result.json]';

class UsageError extends Error {}

function parseArgs(argv: string[]): { input: string; output: string | null } {
  let input: string | null = null;
  let output: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : null;
    if (name === '--in' || name === '--out') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a file name`);
      if (name === '--in') input = value;
      else output = value;
    } else if (name === '--help' || name === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else {
      throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  if (input === null) throw new UsageError('missing --in');
  return { input, output };
}

/** The result as JSON, written by hand: one assignment per line keeps 10,000 of them cheap and diffable. */
function formatResult(result: RoundResult): string {
  const lines = result.assignments.map(
    (a) =>
      `    {"student":${JSON.stringify(a.student)},"location":${JSON.stringify(a.location)},"supervisor":${JSON.stringify(a.supervisor)},"days":[${a.days.join(',')}]}`,
  );
  return `{\n  "assignments": [\n${lines.join(',\n')}\n  ],\n  "unassigned": ${JSON.stringify(result.unassigned)},\n  "stats": ${JSON.stringify(result.stats)}\n}\n`;
}

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main(): void {
  let args: { input: string; output: string | null };
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) fail(`match: ${e.message}\n${USAGE}`, 2);
    throw e;
  }
  let text: string;
  try {
    text = readFileSync(args.input, 'utf8');
  } catch (e) {
    fail(`${args.input}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    fail(`${args.input}: not valid JSON`);
  }
  const parsed = parseRound(raw);
  if (!parsed.ok) fail(parsed.errors.map((x) => `${x.path}: ${x.message}`).join('\n'));
  const result = solveRound(parsed.round);
  const json = formatResult(result);
  if (args.output === null) {
    process.stdout.write(json);
    return;
  }
  const tmp = `${args.output}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, json);
    renameSync(tmp, args.output);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    fail(`${args.output}: cannot write file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

try {
  main();
  // MATCH_REPORT=1: one line for the benchmark (peak memory of this very process)
  if (process.env.MATCH_REPORT === '1')
    process.stderr.write(`match-report ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
} catch (e) {
  // an engine bug, not bad input: still no stack trace for the caller, but say what happened
  fail(`match: internal error: ${(e as Error).message}`, 70);
}
