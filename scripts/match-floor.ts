// `npm run --silent match:floor -- --in round.json --out result.json --bytes N`: the floor of
// `npm run --silent match` for the benchmark — the same command path (npm, node, this bundle's
// start-up, reading and parsing the round file, formatting and writing an answer of N bytes) without
// validating, compiling or solving. Each student "gets" their first choice; the text is then cut or
// padded with JSON whitespace to exactly N bytes, the size of the real answer.
import type { RoundResult } from '../server/features/placements/engine/types';
import { fail, formatResult, parseArgs, readRoundFile, report, writeAnswer } from './matching/cli-io';

interface RawRound {
  students?: { id?: unknown; preferences?: unknown; availableDays?: unknown }[];
}

function placeholder(raw: RawRound): RoundResult {
  const assignments = (raw.students ?? []).map((s) => ({
    student: String(s.id),
    location: String(Array.isArray(s.preferences) ? s.preferences[0] : ''),
    supervisor: null,
    days: Array.isArray(s.availableDays) ? (s.availableDays as number[]) : [],
  }));
  return { assignments, unassigned: [], stats: { solveMs: 0, placed: assignments.length, rankCost: 0 } };
}

/** Exactly `bytes` long: assignment lines dropped from the end while too long, then padding. */
function sized(result: RoundResult, bytes: number): string {
  let keep = result.assignments.length;
  let json = formatResult(result);
  while (Buffer.byteLength(json) > bytes && keep > 0) {
    const perLine = Buffer.byteLength(json) / Math.max(1, keep);
    keep = Math.max(0, keep - Math.ceil((Buffer.byteLength(json) - bytes) / perLine));
    json = formatResult({ ...result, assignments: result.assignments.slice(0, keep) });
  }
  const missing = bytes - Buffer.byteLength(json);
  return missing > 0 ? json.slice(0, -1) + ' '.repeat(missing) + '\n' : json;
}

const args = parseArgs(process.argv.slice(2), ['--bytes']);
const bytes = Number(args.options.get('--bytes') ?? '0');
if (!Number.isInteger(bytes) || bytes < 0) fail('match: --bytes needs a whole number', 2);
const raw = readRoundFile(args.input) as RawRound;
writeAnswer(args.output, sized(placeholder(raw), bytes));
report();
