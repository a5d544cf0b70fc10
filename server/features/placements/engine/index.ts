// The matching engine's public API (docs/decisions/010-matching-engine.md). Pure: no database, no
// framework, no file system — the server calls it from a worker, the CLI from scripts/match.ts.
// Rounds are values: pass a new Round object after an edit (the engine caches work per object).
import { solveOptimal } from './optimal';
import { solveStable } from './stable';
import type { Round, RoundResult } from './types';

export { parseRound } from './validate-round';
export { explainRound } from './explain';
export { repairRound } from './repair';
export { compareObjectives } from './compare';
export { lendCoreMemory } from './wasm-core';
export type * from './types';

/** Solves a validated round with its own objective ("optimal" unless it says "stable"). */
export function solveRound(round: Round): RoundResult {
  return round.objective === 'stable' ? solveStable(round) : solveOptimal(round);
}
