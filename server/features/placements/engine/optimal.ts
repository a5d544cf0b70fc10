// The "optimaal" objective: as many students placed as possible, then the least sum of squared ranks.
import { buildRoundNetwork, type RoundNetwork } from './build-network';
import { decodePlacements, toResult } from './decode';
import { solveMinCostMaxFlow } from './min-cost-flow';
import type { Round, RoundResult } from './types';

export function solveOptimalNetwork(round: Round): RoundNetwork {
  const rn = buildRoundNetwork(round);
  solveMinCostMaxFlow(rn.net);
  return rn;
}

export function solveOptimal(round: Round): RoundResult {
  const t0 = performance.now();
  const rn = solveOptimalNetwork(round);
  const placements = decodePlacements(round, rn);
  return toResult(round, placements, performance.now() - t0);
}
