import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { saveFile } from '../../lib/download';
import { can, useMe } from '../../lib/session';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Button } from '../../components/ui/button';
import { QUARTERS } from '../../../shared/domain/coaching-costs';
import { FigureCell, type Figure } from './cost-cells';
import { formatDecimalText } from '../../../shared/domain/decimal';
import { currentLanguage } from '../../i18n';
import { YearPicker } from './year-picker';

interface Table {
  cells: Figure[][];
  rowTotals: Figure[];
  columnTotals: Figure[];
  total: Figure;
}

function CrossTable(props: { caption: string; rows: string[]; columns: string[]; table: Table }) {
  const { t } = useTranslation('coaching-costs');
  const { table } = props;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('organisation')}</th>
          {props.columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
          <th scope="col">{t('total')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((name, i) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            {table.cells[i]!.map((f, j) => (
              <FigureCell key={j} figure={f} />
            ))}
            <FigureCell figure={table.rowTotals[i]!} />
          </tr>
        ))}
        <tr>
          <th scope="row">{t('total')}</th>
          {table.columnTotals.map((f, j) => (
            <FigureCell key={j} figure={f} />
          ))}
          <FigureCell figure={table.total} />
        </tr>
      </tbody>
    </table>
  );
}

/** "Kosten": hours and cost per organisation and quarter, and coaching hours per label (decision 089). */
export function CostsPage() {
  const { t } = useTranslation('coaching-costs');
  const [year, setYear] = useState(() => new Date().getFullYear());
  const utils = trpc.useUtils();
  const manages = can(useMe().data, 'coaching.manage');
  const query = trpc.coaching.costs.useQuery({ year });
  const download = (format: 'csv' | 'xlsx') => {
    void utils.coaching.exportCosts.fetch({ year, format }).then(saveFile);
  };
  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            <Button variant="secondary" onClick={() => download('csv')}>
              {t('csv')}
            </Button>
            <Button variant="secondary" onClick={() => download('xlsx')}>
              {t('xlsx')}
            </Button>
          </>
        }
      />
      <YearPicker id="costs-year" year={year} onChange={setYear} />
      {manages && (
        <p>
          <Link to="/tarieven">{t('toTariffs')}</Link>
        </p>
      )}
      <QueryState query={query}>
        {(data) => (
          <>
            {!data.exact && <p>{t('smallGroups')}</p>}
            {data.unpricedHours !== null && data.unpricedHours > 0 && (
              <p>{t('unpriced', { hours: formatDecimalText(data.unpricedHours, currentLanguage()) })}</p>
            )}
            <Section title={t('perQuarter')} id="per-kwartaal">
              {data.organisations.length === 0 ? (
                <p>{t('none')}</p>
              ) : (
                <CrossTable
                  caption={t('perQuarter')}
                  rows={data.organisations.map((o) => o.name)}
                  columns={QUARTERS.map((q) => t('quarter', { q }))}
                  table={data.quarters}
                />
              )}
            </Section>
            <Section title={t('perLabel')} id="per-label">
              {data.organisations.length > 0 && (
                <CrossTable
                  caption={t('perLabel')}
                  rows={data.organisations.map((o) => o.name)}
                  columns={[...data.labels.map((l) => l.name), t('mentorTeams')]}
                  table={data.byLabel}
                />
              )}
            </Section>
          </>
        )}
      </QueryState>
    </>
  );
}
