import type { TFunction } from 'i18next';
import type { RouterOutputs } from '../../lib/trpc';

type Comparison = NonNullable<RouterOutputs['placements']['comparison']['result']>;

/**
 * The price of stability in words that read right whatever the sign: "minder" or "meer" from the sign,
 * the number always positive. When the two objectives place different numbers of students, their rank
 * points are sums over different students, so they are given side by side instead of as "n meer".
 */
export function comparisonSentences(t: TFunction<'placements'>, c: Comparison): string[] {
  const fewer = c.stableFewerPlaced;
  const placed =
    fewer === 0
      ? t('compare.samePlaced', { count: c.optimal.placed })
      : t(fewer > 0 ? 'compare.stableFewer' : 'compare.stableMore', { count: Math.abs(fewer) });
  const more = c.stableMoreRankCost;
  const cost =
    fewer !== 0
      ? t('compare.costSideBySide', { optimal: c.optimal.rankCost, stable: c.stable.rankCost })
      : more === 0
        ? t('compare.sameCost', { cost: c.optimal.rankCost })
        : t(more > 0 ? 'compare.costMore' : 'compare.costLess', { cost: Math.abs(more) });
  const fixed = c.fixed > 0 ? [t('compare.fixedIncluded', { count: c.fixed })] : [];
  return [placed, cost, ...fixed];
}
