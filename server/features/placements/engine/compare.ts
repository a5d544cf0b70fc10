// Both objectives side by side on the same round: the price of stability in placed students and ranks.
import { solveOptimal } from './optimal';
import { solveStable } from './stable';
import type { ObjectiveComparison, ObjectiveSummary, Round, RoundResult } from './types';

export function summarize(round: Round, result: RoundResult): ObjectiveSummary {
  const byId = new Map(round.students.map((s) => [s.id, s]));
  const fixed = new Set(round.fixed.map((f) => f.student));
  const maxRank = round.students.reduce((m, s) => Math.max(m, s.preferences.length), 0);
  const histogram = new Array<number>(maxRank).fill(0);
  let placed = 0;
  let rankCost = 0;
  let rankSum = 0;
  let worst = 0;
  for (const a of result.assignments) {
    if (fixed.has(a.student)) continue;
    const rank = byId.get(a.student)!.preferences.indexOf(a.location) + 1;
    placed++;
    rankSum += rank;
    rankCost += rank * rank;
    worst = Math.max(worst, rank);
    histogram[rank - 1]!++;
  }
  return {
    placed,
    unplaced: result.unassigned.length,
    rankCost,
    meanRank: placed > 0 ? rankSum / placed : null,
    worstRank: placed > 0 ? worst : null,
    histogram,
  };
}

export function compareObjectives(round: Round): ObjectiveComparison {
  return { optimal: summarize(round, solveOptimal(round)), stable: summarize(round, solveStable(round)) };
}
