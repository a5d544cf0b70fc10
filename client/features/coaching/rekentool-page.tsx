import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Loading, usePartCode } from '../../components/ui/loading';
import { formatDecimalText } from '../../../shared/domain/decimal';
import { currentLanguage } from '../../i18n';
import { NormForm } from './norm-form';
import { FiguresRow } from './figures-row';

// The chart library comes with this page only (its own chunk), not with Mijn uren or the first load; it is
// fetched as the page opens, beside the figures (usePartCode).
const loadDueChart = () => import('./due-chart').then((m) => m.DueChart);

type Row = { key: string | number; name: string; due: number; labelled: number; difference: number };
const dutch = (n: number) => formatDecimalText(n, currentLanguage());

function DueTable({ id, title, rows }: { id: string; title: string; rows: Row[] }) {
  const { t } = useTranslation('coaching');
  return (
    <Section title={title} id={id}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('overview.name')}</th>
            <th scope="col">{t('rekentool.due')}</th>
            <th scope="col">{t('rekentool.labelled')}</th>
            <th scope="col">{t('rekentool.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{dutch(r.due)}</td>
              <td>{dutch(r.labelled)}</td>
              <td>{dutch(r.difference)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

/** The rekentool: the year's norm, each location's figures, and due against labelled hours. */
export function RekentoolPage() {
  const { t } = useTranslation('coaching');
  const [year] = useState(() => new Date().getFullYear());
  const utils = trpc.useUtils();
  const query = trpc.coaching.rekentool.useQuery({ year });
  const DueChart = usePartCode(loadDueChart);
  const refresh = () => {
    void utils.coaching.rekentool.invalidate();
  };
  return (
    <>
      <PageHeader title={t('rekentool.title', { year })} intro={t('rekentool.intro')} />
      <QueryState query={query}>
        {(data) => (
          <>
            <Section title={t('rekentool.norm')} id="norm">
              <NormForm year={year} norm={data.norm} onSaved={refresh} />
            </Section>
            <Section title={t('rekentool.figures')} id="figures">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('grid.locationId')}</th>
                    <th scope="col">{t('rekentool.veChildren')}</th>
                    <th scope="col">{t('rekentool.ftePm')}</th>
                    <th scope="col">{t('rekentool.fixedBaseHours')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('setup.save')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.figures.map((f) => (
                    <FiguresRow
                      key={`${f.locationId}:${String(f.revision)}`}
                      year={year}
                      figures={f}
                      onSaved={refresh}
                    />
                  ))}
                </tbody>
              </table>
            </Section>
            <p>
              {t('rekentool.totals', {
                due: dutch(data.dueTotal),
                labelled: dutch(data.labelledTotal),
                difference: dutch(data.difference),
              })}
            </p>
            <DueTable
              id="due-location"
              title={t('rekentool.byLocation')}
              rows={data.byLocation.map((r) => ({ ...r, key: r.id }))}
            />
            <DueTable
              id="due-organisation"
              title={t('rekentool.byOrganisation')}
              rows={data.byOrganisation.map((r) => ({ ...r, key: r.id }))}
            />
            <Section title={t('rekentool.byLabel')} id="due-label">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('grid.labelId')}</th>
                    <th scope="col">{t('rekentool.labelled')}</th>
                    <th scope="col">{t('rekentool.part')}</th>
                    <th scope="col">{t('setup.share')}</th>
                    <th scope="col">{t('rekentool.leak')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byLabel.map((l) => (
                    <tr key={l.id}>
                      <th scope="row">{l.name}</th>
                      <td>{dutch(l.labelled)}</td>
                      <td>{dutch(l.part)} %</td>
                      <td>{l.sharePercent === null ? '—' : `${l.sharePercent} %`}</td>
                      <td>{l.leaks ? <strong>{t('rekentool.leaks')}</strong> : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Section>
            <Section title={t('rekentool.chart')} id="due-chart">
              {DueChart ? <DueChart months={data.byMonth} /> : <Loading />}
            </Section>
            <DueTable
              id="due-month"
              title={t('rekentool.byMonth')}
              rows={data.byMonth.map((m) => ({ ...m, key: m.month, name: t(`rekentool.month.${m.month}`) }))}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
