// Child process for the benchmark: solves one round file with HiGHS in one configuration and prints
// {placed, rankCost, solveMs} as JSON, so HiGHS is timed as a whole process like `npm run match`.
import { readFileSync } from 'node:fs';
import loadHighs from 'highs';
import { parseRound } from '../../server/features/placements/engine/validate-round';
import { solveWithHighs, type HighsVariant } from './highs-model';

const args = process.argv.slice(2);
const input = args[args.indexOf('--in') + 1]!;
const variant = args[args.indexOf('--variant') + 1] as HighsVariant;
const parsed = parseRound(JSON.parse(readFileSync(input, 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
const highs = await loadHighs();
const outcome = solveWithHighs(highs, parsed.round, variant);
process.stdout.write(`${JSON.stringify({ ...outcome, maxRssKb: process.resourceUsage().maxRSS })}\n`);
