// `npm run --silent match -- --in round.json --out result.json`: solves one placement round.
// The contract (docs/decisions/010-matching-engine.md): bad input exits non-zero with path-named
// messages on stderr, no stack trace, and no output file (we write a temp file and rename it).
import { lendCoreMemory, parseRound, solveRound } from '../server/features/placements/engine/index';
import { fail, formatResult, parseArgs, readRoundFile, report, writeAnswer } from './matching/cli-io';

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  // the file is read into the engine core's memory: the solve's arrays then reuse its pages
  const parsed = parseRound(readRoundFile(args.input, lendCoreMemory));
  if (!parsed.ok) fail(parsed.errors.map((x) => `${x.path}: ${x.message}`).join('\n'));
  writeAnswer(args.output, formatResult(solveRound(parsed.round)));
}

try {
  main();
  report();
} catch (e) {
  // an engine bug, not bad input: still no stack trace for the caller, but say what happened
  fail(`match: internal error: ${(e as Error).message}`, 70);
}
