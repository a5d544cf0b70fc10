import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardTable } from '../../../../shared/domain/regiegroep';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { ExportCsvButton } from './export-csv-button';

export interface FigureTable {
  columns: { header: string; numeric?: boolean }[];
  rows: { key: string | number; cells: ReactNode[] }[];
}

/**
 * One chart, readable without seeing it: a heading and a one-sentence summary (what it shows, over
 * which period, on which basis), the chart itself hidden from screen readers, the same figures as a
 * table (opened on demand; its cells lead to the lists behind them), and the table as CSV.
 */
export function ChartFigure({
  title,
  summary,
  basis,
  table,
  csv,
  filter,
  print,
  readable,
  children,
}: {
  title: string;
  summary: ReactNode;
  basis?: ReactNode;
  table: FigureTable;
  csv?: DashboardTable;
  filter: DashboardFilter;
  print?: boolean;
  /** The chart is itself readable (the heat map is a table): do not hide it from screen readers. */
  readable?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation('regiegroep');
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="chart-summary">{summary}</p>
      </figcaption>
      {children && (
        <div className="chart-box" aria-hidden={readable ? undefined : true}>
          {children}
        </div>
      )}
      {basis && <p className="chart-basis">{basis}</p>}
      <details className="chart-table" open={!children || print}>
        <summary>{t('chart.table', { title })}</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.key}>
                  {r.cells.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className={table.columns[i]?.numeric ? 'num' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {csv && !print && <ExportCsvButton table={csv} filter={filter} title={title} />}
    </figure>
  );
}
