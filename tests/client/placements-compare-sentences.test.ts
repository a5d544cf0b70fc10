/** Issue 14: "plaatst 1 student minder dan optimaal en kost -10 rangpunten meer" must not come back. */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { comparisonSentences } from '../../client/features/placements/compare-sentences';

const summary = (placed: number, rankCost: number) => ({
  placed,
  unplaced: 31 - placed,
  rankCost,
  meanRank: 1.2,
  worstRank: 3,
  histogram: [placed],
});
const view = (optimal: [number, number], stable: [number, number], fixed = 0) => ({
  optimal: summary(...optimal),
  stable: summary(...stable),
  fixed,
  stableFewerPlaced: optimal[0] - stable[0],
  stableMoreRankCost: stable[1] - optimal[1],
});
const nl = () => i18next.getFixedT('nl', 'placements');

describe('the compare sentences', () => {
  it('say "minder" without a negative number when stable places fewer at fewer rank points', () => {
    const sentences = comparisonSentences(nl(), view([30, 50], [29, 40], 1));
    expect(sentences).toEqual([
      'Stabiel plaatst 1 student minder dan optimaal.',
      'De rangpunten gaan daardoor over verschillende studenten: optimaal 50, stabiel 40.',
      'Geplaatst telt de 1 vastgezette plaatsing mee, net als op de resultaatpagina; rangpunten en keuzes gaan over de berekende plaatsingen.',
    ]);
    expect(sentences.join(' ')).not.toMatch(/-\d/);
  });

  it('compare rank points only between equal numbers placed, with the right word for the sign', () => {
    expect(comparisonSentences(nl(), view([30, 50], [30, 62]))).toEqual([
      'Beide doelen plaatsen 30 studenten.',
      'Bij evenveel geplaatsten kost stabiel 12 rangpunten meer.',
    ]);
    expect(comparisonSentences(nl(), view([30, 50], [30, 40]))[1]).toBe(
      'Bij evenveel geplaatsten kost stabiel 10 rangpunten minder.',
    );
    expect(comparisonSentences(nl(), view([30, 50], [30, 50]))[1]).toBe('Beide kosten evenveel rangpunten (50).');
    expect(comparisonSentences(nl(), view([28, 50], [30, 50]))[0]).toBe(
      'Stabiel plaatst 2 studenten meer dan optimaal.',
    );
  });
});
