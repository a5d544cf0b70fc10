// "Waarom deze plek?": for every student, the rank they got and, for each location they ranked higher
// (all of them when unplaced), why it is not theirs. Rules first (eligibility.ts, the same checks the
// solvers use); when the rules allow the pair the location is 'full', with what it would take:
//  - stable mode: the cut-off grade — the worst priority grade among the students holding the seats
//    this student could take — against the student's own grade;
//  - optimal mode: the exact change of the round if this student were put there (explain-optimal.ts),
//    as placed students and rank cost, relative to the result being explained.
import { dayMask, ineligibility, locationFacts } from './eligibility';
import { greatCircleKm } from './geo';
import { OptimalExplainer } from './explain-optimal';
import { solveOptimalNetwork } from './optimal';
import { runDeferredAcceptance, type StableState } from './stable';
import type {
  LocationReason,
  OptimalFullDetail,
  Round,
  RoundResult,
  StableFullDetail,
  StudentExplanation,
} from './types';
import { entryNode, type RoundNetwork } from './build-network';

function stableDetail(round: Round, state: StableState, li: number, si: number): StableFullDetail {
  const students = round.students;
  const net = state.network(li);
  const reach = net.exchangeable(net.entry.get(students[si]!.programme)!);
  let worst = -1;
  let worstKey = -Infinity;
  for (const t of state.held(li)) {
    if (reach[net.entry.get(students[t]!.programme)!] !== 1) continue;
    const key = state.priority(li, t);
    if (key > worstKey) {
      worstKey = key;
      worst = t;
    }
  }
  const ownGrade = state.grade(li, si);
  const cutoffGrade = worst >= 0 ? state.grade(li, worst) : null;
  return { cutoffGrade, ownGrade, lostTieBreak: cutoffGrade === ownGrade };
}

interface OptimalContext {
  rn: RoundNetwork;
  explainer: OptimalExplainer;
  placed: number;
  rankCost: number;
}

function optimalContext(round: Round): OptimalContext {
  const rn = solveOptimalNetwork(round);
  let placed = 0;
  let rankCost = 0;
  const { net, arcRank } = rn;
  for (let e = 0; e < net.n; e++) {
    const a = net.placedArc[e]!;
    if (a < 0 || net.pinned[e]) continue;
    placed++;
    rankCost += arcRank[a]! * arcRank[a]!;
  }
  return { rn, explainer: new OptimalExplainer(rn), placed, rankCost };
}

function optimalDetail(
  ctx: OptimalContext,
  result: RoundResult,
  programme: string,
  si: number,
  li: number,
  rank: number,
  currentRank: number,
): OptimalFullDetail {
  const { rn } = ctx;
  const e = rn.engineIndex[si]!;
  const u = entryNode(rn, li, programme)!;
  const change = ctx.explainer.forced(e, u, rank * rank);
  if (change.fewer === null)
    return { effect: 'no-room', placedChange: 0, rankCostIncrease: 0, othersRankCostIncrease: 0 };
  // the best round with the student there, compared with the result being explained
  const placedChange = ctx.placed - change.fewer - result.stats.placed;
  const rankCostIncrease = ctx.rankCost + change.rankDelta - result.stats.rankCost;
  const ownChange = rank * rank - currentRank * currentRank;
  return {
    effect: placedChange < 0 ? 'would-place-fewer' : 'costs-others-more',
    placedChange,
    rankCostIncrease,
    othersRankCostIncrease: rankCostIncrease - ownChange,
  };
}

export function explainRound(round: Round, result: RoundResult): StudentExplanation[] {
  const { students, locations } = round;
  const locIndex = new Map(locations.map((l, i) => [l.id, i]));
  const facts = locations.map(locationFacts);
  const fixed = new Set(round.fixed.map((f) => f.student));
  const got = new Map(result.assignments.map((a) => [a.student, a.location]));
  let stable: StableState | null = null;
  let optimal: OptimalContext | null = null;

  return students.map((s, si): StudentExplanation => {
    const location = got.get(s.id) ?? null;
    const pos = location === null ? -1 : s.preferences.indexOf(location);
    const rank = pos >= 0 ? pos + 1 : null;
    const base = { student: s.id, fixed: fixed.has(s.id), location, rank };
    if (base.fixed) return { ...base, reasons: [] };
    const upTo = location === null ? s.preferences.length : pos >= 0 ? pos : s.preferences.length;
    const mask = dayMask(s.availableDays);
    const reasons: LocationReason[] = [];
    for (let k = 0; k < upTo; k++) {
      const lid = s.preferences[k]!;
      const li = locIndex.get(lid)!;
      const l = locations[li]!;
      const code = ineligibility(s, l, facts[li]!, mask);
      if (code === 'distance') {
        reasons.push({
          location: lid,
          rank: k + 1,
          code,
          distanceKm: Math.round(greatCircleKm(s.home!, l.coords!) * 10) / 10,
        });
      } else if (code !== null) {
        reasons.push({ location: lid, rank: k + 1, code });
      } else if (round.objective === 'stable') {
        stable ??= runDeferredAcceptance(round);
        reasons.push({ location: lid, rank: k + 1, code: 'full', stable: stableDetail(round, stable, li, si) });
      } else {
        optimal ??= optimalContext(round);
        reasons.push({
          location: lid,
          rank: k + 1,
          code: 'full',
          optimal: optimalDetail(optimal, result, s.programme, si, li, k + 1, rank ?? 0),
        });
      }
    }
    return { ...base, reasons };
  });
}
