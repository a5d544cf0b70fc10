import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { trpc } from '../../../lib/trpc';
import { QueryState } from '../../../components/ui/query-state';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { showCount, showHours, showPercent } from '../format';
import { ChartFigure } from './chart-figure';
import { SERIES } from './palette';

/**
 * A class's line over its school years (decision 088): per year the sessions held, presence at the
 * session and at the workplace, signals raised and closed, and hours, as a table; the two rates as a
 * line (a dashed second line, so they are told apart without colour). Rates of a small class are "—".
 */
export function ClassLine({ teamId, filter }: { teamId: number; filter: DashboardFilter }) {
  const { t } = useTranslation('regiegroep');
  const query = trpc.regiegroep.classLine.useQuery({ teamId });
  return (
    <QueryState query={query}>
      {(line) => (
        <ChartFigure
          title={t('classLine.title', { team: line.team.name })}
          summary={t('classLine.summary', {
            count: line.years.length,
            size: showCount(line.classSize),
          })}
          filter={filter}
          table={{
            columns: [
              { header: t('classLine.year') },
              { header: t('classLine.sessions'), numeric: true },
              { header: t('classLine.presence'), numeric: true },
              { header: t('classLine.workplace'), numeric: true },
              { header: t('classLine.raised'), numeric: true },
              { header: t('classLine.closed'), numeric: true },
              { header: t('classLine.hours'), numeric: true },
            ],
            rows: line.years.map((y) => ({
              key: y.schoolYearId,
              cells: [
                y.label,
                y.sessionsHeld,
                showPercent(y.presenceRate),
                showPercent(y.workplaceRate),
                y.signalsRaised,
                y.signalsClosed,
                showHours(y.hours),
              ],
            })),
          }}
        >
          <LineChart
            width={560}
            height={220}
            data={line.years}
            margin={{ top: 12, right: 24, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis domain={[0, 100]} unit="%" />
            <Line
              dataKey="presenceRate"
              name={t('classLine.presence')}
              stroke={SERIES[0].color}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Line
              dataKey="workplaceRate"
              name={t('classLine.workplace')}
              stroke={SERIES[1].color}
              strokeDasharray="6 4"
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls={false}
            />
          </LineChart>
        </ChartFigure>
      )}
    </QueryState>
  );
}
