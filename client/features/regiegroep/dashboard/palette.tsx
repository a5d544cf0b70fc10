import { useId } from 'react';

/**
 * Series colours and fill patterns for the charts. Every colour has at least 3:1 contrast against
 * white (WCAG 1.4.11, non-text contrast) and every series also has its own pattern, so a series is
 * never told apart by colour alone; bars carry their value as a label as well.
 */
export const SERIES = [
  { color: '#0b5f5a', pattern: 'solid' },
  { color: '#b4461a', pattern: 'stripes' },
  { color: '#1d4ed8', pattern: 'dots' },
  { color: '#6b3fa0', pattern: 'cross' },
  { color: '#8a6d00', pattern: 'horizontal' },
  { color: '#a4161a', pattern: 'vertical' },
] as const;

export const seriesFill = (chartId: string, index: number) =>
  SERIES[index % SERIES.length]!.pattern === 'solid'
    ? SERIES[index % SERIES.length]!.color
    : `url(#${chartId}-p${index % SERIES.length})`;

/** The <defs> with one pattern per series; put it inside the chart's SVG. */
export function SeriesPatterns({ chartId }: { chartId: string }) {
  return (
    <defs>
      {SERIES.map((s, i) => (
        <pattern
          key={i}
          id={`${chartId}-p${i}`}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform={s.pattern === 'stripes' ? 'rotate(45)' : undefined}
        >
          <rect width="8" height="8" fill="#fff" />
          {s.pattern === 'stripes' && <rect width="4" height="8" fill={s.color} />}
          {s.pattern === 'dots' && <circle cx="4" cy="4" r="2.4" fill={s.color} />}
          {s.pattern === 'cross' && <path d="M0 0L8 8M8 0L0 8" stroke={s.color} strokeWidth="2.2" />}
          {s.pattern === 'horizontal' && <rect y="2" width="8" height="4" fill={s.color} />}
          {s.pattern === 'vertical' && <rect x="2" width="4" height="8" fill={s.color} />}
          {s.pattern === 'solid' && <rect width="8" height="8" fill={s.color} />}
        </pattern>
      ))}
    </defs>
  );
}

/** A legend swatch with the same pattern as the bars. */
export function Swatch({ index }: { index: number }) {
  const s = SERIES[index % SERIES.length]!;
  const id = `swatch${index}${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <svg width="16" height="16" aria-hidden="true" focusable="false" className="swatch">
      <SeriesPatterns chartId={id} />
      <rect width="16" height="16" fill={seriesFill(id, index)} stroke={s.color} strokeWidth="2" />
    </svg>
  );
}
