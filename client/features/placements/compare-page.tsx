import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { formatNumber } from '../../lib/format';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { QueryState } from '../../components/ui/query-state';
import { isRunning, useActionStatus, useRankText } from './placements-ui';
import { useRoundOutlet } from './round-layout';
import { comparisonSentences } from './compare-sentences';

type Comparison = NonNullable<RouterOutputs['placements']['comparison']['result']>;
const COLOURS = { optimal: '#0b5f5a', stable: '#b4461a' } as const;

/**
 * Both objectives on the same round: the price of stability in placed students and ranks, with a
 * histogram of ranks. The chart is drawn for the eye; the same figures are in the table beside it.
 */
export function ComparePage({ me }: { me: Me }) {
  const { t } = useTranslation('placements');
  const { round } = useRoundOutlet();
  const utils = trpc.useUtils();
  const query = trpc.placements.comparison.useQuery({ roundId: round.id });
  const start = trpc.placements.compare.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const status = useActionStatus();
  const busy = isRunning(round.run) || start.isPending;
  return (
    <>
      <h2>{t('compare.title')}</h2>
      <p>{t('compare.intro')}</p>
      {status.view}
      {can(me, 'placements.manage') && (
        <div className="inline-actions">
          <Button
            disabled={busy}
            onClick={() => void start.mutateAsync({ roundId: round.id }).then(() => status.clear(), status.failed)}
          >
            {t('compare.start')}
          </Button>
        </div>
      )}
      <QueryState query={query}>
        {(c) =>
          c.result === null ? (
            <p className="empty">{c.run && isRunning(c.run) ? t('compare.running') : t('compare.none')}</p>
          ) : (
            <>
              {!c.current && <Notice kind="warning">{t('compare.stale')}</Notice>}
              <ComparisonView comparison={c.result} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

function ComparisonView({ comparison: c }: { comparison: Comparison }) {
  const { t } = useTranslation('placements');
  const rankText = useRankText();
  const mean = (n: number | null) => (n === null ? '—' : formatNumber(n, 2));
  const ranks = Math.max(c.optimal.histogram.length, c.stable.histogram.length);
  const data = Array.from({ length: ranks }, (_, i) => ({
    rank: rankText(i + 1),
    optimal: c.optimal.histogram[i] ?? 0,
    stable: c.stable.histogram[i] ?? 0,
  }));
  const rows = [
    { key: 'placed', optimal: c.optimal.placed, stable: c.stable.placed },
    { key: 'unplaced', optimal: c.optimal.unplaced, stable: c.stable.unplaced },
    { key: 'meanRank', optimal: mean(c.optimal.meanRank), stable: mean(c.stable.meanRank) },
    { key: 'worstRank', optimal: c.optimal.worstRank ?? '—', stable: c.stable.worstRank ?? '—' },
    { key: 'rankCost', optimal: c.optimal.rankCost, stable: c.stable.rankCost },
  ];
  return (
    <>
      {comparisonSentences(t, c).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <div className="table-wrap">
        <table>
          <caption>{t('compare.summaryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.measure')}</th>
              <th scope="col" className="num">
                {t('objective.optimal')}
              </th>
              <th scope="col" className="num">
                {t('objective.stable')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{t(`compare.${r.key}`)}</th>
                <td className="num">{r.optimal}</td>
                <td className="num">{r.stable}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figure className="chart-figure section" aria-labelledby="histogram-caption">
        <figcaption id="histogram-caption">{t('compare.histogram')}</figcaption>
        {/* The chart repeats the table below for sighted readers; screen readers get the table. */}
        <div aria-hidden="true">
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#cfd6df" />
              <XAxis dataKey="rank" tick={{ fill: '#4a5566' }} />
              <YAxis allowDecimals={false} tick={{ fill: '#4a5566' }} />
              <Legend />
              <Bar dataKey="optimal" name={t('objective.optimal')} fill={COLOURS.optimal} isAnimationActive={false} />
              <Bar dataKey="stable" name={t('objective.stable')} fill={COLOURS.stable} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <div className="table-wrap">
          <table>
            <caption>{t('compare.histogramCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.choice')}</th>
                <th scope="col" className="num">
                  {t('objective.optimal')}
                </th>
                <th scope="col" className="num">
                  {t('objective.stable')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.rank}>
                  <th scope="row">{d.rank}</th>
                  <td className="num">{d.optimal}</td>
                  <td className="num">{d.stable}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
    </>
  );
}
