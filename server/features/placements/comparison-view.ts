import type { ObjectiveComparison, ObjectiveSummary } from './engine/index';

/** The comparison as stored on the run: the engine's summaries and how many placements were fixed (locked). */
export type StoredComparison = ObjectiveComparison & { fixed?: number };

/**
 * The comparison as the screen shows it, counted the way the result page counts: every placed student,
 * locked ones included (the engine's summaries leave fixed placements out, so "Optimaal 29 geplaatst"
 * stood beside "30 geplaatst" on the result page). Rank points and the histogram stay about the students
 * the engine placed: a locked placement costs nothing in either objective. The differences are computed
 * here once, with their sign, so the sentences can say "minder" or "meer" rightly.
 */
export function comparisonView(stored: StoredComparison) {
  const fixed = stored.fixed ?? 0;
  const withFixed = (s: ObjectiveSummary) => ({ ...s, placed: s.placed + fixed });
  const optimal = withFixed(stored.optimal);
  const stable = withFixed(stored.stable);
  return {
    optimal,
    stable,
    fixed,
    /** Positive: stable places fewer students / costs more rank points than optimal. */
    stableFewerPlaced: optimal.placed - stable.placed,
    stableMoreRankCost: stable.rankCost - optimal.rankCost,
  };
}
