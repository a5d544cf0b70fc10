import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';

// Due: solid teal; labelled: orange stripes. Both at least 3:1 against white, and told apart by pattern too.
const DUE = '#0b5f5a';
const LABELLED = '#b4461a';

export interface DueMonth {
  month: number;
  due: number;
  labelled: number;
}

function Swatch({ fill, color }: { fill: string; color: string }) {
  return (
    <svg width="16" height="16" aria-hidden="true" focusable="false" className="swatch">
      <rect width="16" height="16" fill={fill} stroke={color} strokeWidth="2" />
    </svg>
  );
}

/**
 * Hours due against hours labelled per month, as grouped columns (recharts, the charting library the
 * regiegroep's dashboard uses; imported lazily, so only the rekentool page loads it). The table below the
 * chart carries the same figures for screen readers: the chart itself is one labelled image.
 */
export function DueChart({ months }: { months: DueMonth[] }) {
  const { t } = useTranslation('coaching');
  const stripes = `due-chart-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const rows = months.map((m) => ({ ...m, name: t(`rekentool.monthShort.${m.month}`) }));
  return (
    <figure className="due-chart">
      <div role="img" aria-label={t('rekentool.chartLabel')}>
        <BarChart
          data={rows}
          responsive
          style={{ width: '100%', height: 260 }}
          margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <defs>
            <pattern id={stripes} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="#fff" />
              <rect width="4" height="8" fill={LABELLED} />
            </pattern>
          </defs>
          <CartesianGrid vertical={false} stroke="#cfd6df" />
          <XAxis dataKey="name" tick={{ fill: '#1c2430', fontSize: 12 }} stroke="#4a5566" interval={0} />
          <YAxis tick={{ fill: '#1c2430', fontSize: 12 }} stroke="#4a5566" allowDecimals={false} />
          <Bar dataKey="due" fill={DUE} stroke={DUE} isAnimationActive={false} />
          <Bar
            dataKey="labelled"
            fill={`url(#${stripes})`}
            stroke={LABELLED}
            strokeWidth={1.5}
            isAnimationActive={false}
          />
        </BarChart>
      </div>
      <figcaption className="chart-legend">
        <span>
          <Swatch fill={DUE} color={DUE} /> {t('rekentool.due')}
        </span>{' '}
        <span>
          <Swatch fill={`url(#${stripes})`} color={LABELLED} /> {t('rekentool.labelled')}
        </span>
      </figcaption>
    </figure>
  );
}
