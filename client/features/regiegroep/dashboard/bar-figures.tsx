import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { SERIES, SeriesPatterns, Swatch, seriesFill } from './palette';

/** A row of a bar chart: the bar's length (0 for a hidden count) and the label printed beside it. */
export interface BarRow {
  key: string | number;
  name: string;
  value: number;
  label: string;
  onOpen?: () => void;
}

const cleanId = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, '');
const heightFor = (rows: number) => 36 + rows * 38;

interface TickProps {
  x: number | string;
  y: number | string;
  index: number;
  payload: { value: unknown };
}

/**
 * The category's name left of the axis; for a bar of length 0 (a zero, or a hidden count) its label
 * ("0", "< 5", "x") right of the axis, where the bar would start — recharts draws no label on an empty bar.
 */
function CategoryTick({ x: tickX, y: tickY, payload, row }: TickProps & { row: BarRow | undefined }) {
  const [x, y] = [Number(tickX), Number(tickY)];
  const words = String(payload.value).split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= 26) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return (
    <g>
      <text
        x={x - 4}
        y={y - ((lines.length - 1) * 13) / 2}
        textAnchor="end"
        dominantBaseline="middle"
        fill="#1c2430"
        fontSize={12}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={x - 4} dy={i === 0 ? 0 : 13}>
            {line}
          </tspan>
        ))}
      </text>
      {row && row.value === 0 && (
        <text x={x + 10} y={y} dominantBaseline="middle" fill="#1c2430" fontSize={12}>
          {row.label}
        </text>
      )}
    </g>
  );
}

/** Horizontal bars with their value written beside each; a click opens the list behind a bar. */
export function HorizontalBars({ rows: input, max, width }: { rows: BarRow[]; max?: number; width?: number }) {
  const chartId = cleanId(useId());
  const rows = input.map((r) => ({ ...r, shownLabel: r.value === 0 ? '' : r.label }));
  return (
    <BarChart
      layout="vertical"
      data={rows}
      width={width}
      height={heightFor(rows.length)}
      responsive={width === undefined}
      style={width === undefined ? { width: '100%', height: heightFor(rows.length) } : undefined}
      margin={{ top: 4, right: 56, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <SeriesPatterns chartId={chartId} />
      <CartesianGrid horizontal={false} stroke="#cfd6df" />
      <XAxis
        type="number"
        domain={[0, max ?? 'auto']}
        allowDecimals={false}
        tick={{ fill: '#1c2430', fontSize: 12 }}
        stroke="#4a5566"
      />
      <YAxis
        type="category"
        dataKey="name"
        width={190}
        tick={(props: TickProps) => <CategoryTick {...props} row={rows[props.index]} />}
        stroke="#4a5566"
        interval={0}
      />
      <Bar
        dataKey="value"
        fill={seriesFill(chartId, 0)}
        stroke={SERIES[0].color}
        strokeWidth={1.5}
        isAnimationActive={false}
        cursor="pointer"
        onClick={(_, index) => rows[index]?.onOpen?.()}
      >
        <LabelList dataKey="shownLabel" position="right" fill="#1c2430" fontSize={12} />
      </Bar>
    </BarChart>
  );
}

export interface StackSeries {
  key: string;
  label: string;
}

/** Stacked columns (e.g. months × Beroepsbeeld domain), each series with its own colour and pattern, and a legend. */
export function StackedColumns({
  rows,
  series,
  width,
  horizontal,
  onOpen,
}: {
  rows: ({ key: string; name: string } & Record<string, number | string>)[];
  series: StackSeries[];
  width?: number;
  horizontal?: boolean;
  onOpen?: (rowKey: string, seriesKey: string) => void;
}) {
  const chartId = cleanId(useId());
  const height = horizontal ? heightFor(rows.length) : 260;
  const tick = { fill: '#1c2430', fontSize: 12 };
  return (
    <>
      <BarChart
        layout={horizontal ? 'vertical' : 'horizontal'}
        data={rows}
        width={width}
        height={height}
        responsive={width === undefined}
        style={width === undefined ? { width: '100%', height } : undefined}
        margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <SeriesPatterns chartId={chartId} />
        <CartesianGrid vertical={!!horizontal} horizontal={!horizontal} stroke="#cfd6df" />
        {horizontal ? (
          <XAxis type="number" allowDecimals={false} tick={tick} stroke="#4a5566" />
        ) : (
          <XAxis dataKey="name" tick={tick} stroke="#4a5566" interval={0} />
        )}
        {horizontal ? (
          <YAxis type="category" dataKey="name" width={190} tick={tick} stroke="#4a5566" interval={0} />
        ) : (
          <YAxis allowDecimals={false} tick={tick} stroke="#4a5566" width={36} />
        )}
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            stackId="a"
            fill={seriesFill(chartId, i)}
            stroke={SERIES[i % SERIES.length]!.color}
            strokeWidth={1.5}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => onOpen?.(String(rows[index]?.key), s.key)}
          />
        ))}
      </BarChart>
      <ul className="chart-legend">
        {series.map((s, i) => (
          <li key={s.key}>
            <Swatch index={i} /> {s.label}
          </li>
        ))}
      </ul>
    </>
  );
}
