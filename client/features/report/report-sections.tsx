import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../lib/trpc';
import { formatDecimalText } from '../../../shared/domain/decimal';
import { formatDutchDate } from '../../../shared/domain/dates';
import { currentLanguage } from '../../i18n';

type Report = RouterOutputs['report']['accountability'];

/** "2026-10" → "oktober 2026". */
const monthName = (month: string) =>
  new Date(`${month}-15T12:00:00Z`).toLocaleDateString(currentLanguage() === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'long',
    year: 'numeric',
  });

/** A count or hours as shown: "< 5" and "x" stay as they are, numbers the Dutch way. */
const shown = (value: number | string | null) =>
  value === null ? '–' : typeof value === 'number' ? formatDecimalText(value, currentLanguage()) : value;

/** One section of the report: on paper it starts a new page. */
function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function Table({ head, rows }: { head: string[]; rows: (string | number | null)[][] }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={j}>{shown(cell)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PlacementsSection({ rounds }: { rounds: Report['placements'] }) {
  const { t } = useTranslation('report');
  return (
    <ReportSection id="report-placements" title={t('placements.title')}>
      {rounds.length === 0 && <p className="empty">{t('placements.none')}</p>}
      {rounds.map((round) => (
        <div key={round.roundId}>
          <h3>{round.name}</h3>
          <Table
            head={[t('organisation'), t('placements.applied'), t('placements.placed')]}
            rows={[
              [t('total'), round.applied, round.placed],
              ...round.byOrganisation.map((o) => [o.organisationName, o.applied, o.placed]),
            ]}
          />
        </div>
      ))}
    </ReportSection>
  );
}

export function HoursSection({ hours }: { hours: Report['hours'] }) {
  const { t } = useTranslation('report');
  const head = [t('hours.due'), t('hours.labelled'), t('hours.difference')];
  const row = (name: string, h: { due: number; labelled: number | string; difference: number | null }) => [
    name,
    h.due,
    h.labelled,
    h.difference,
  ];
  return (
    <ReportSection id="report-hours" title={t('hours.title')}>
      <p>{t('hours.intro')}</p>
      <Table
        head={[t('organisation'), ...head]}
        rows={[row(t('total'), hours.total), ...hours.byOrganisation.map((o) => row(o.organisationName, o))]}
      />
      <h3>{t('hours.perMonth')}</h3>
      <Table head={[t('hours.month'), ...head]} rows={hours.byMonth.map((m) => row(monthName(m.month), m))} />
    </ReportSection>
  );
}

export function CostsSection({ costs }: { costs: Report['costs'] }) {
  const { t } = useTranslation('report');
  return (
    <ReportSection id="report-costs" title={t('costs.title')}>
      {costs.length === 0 ? (
        <p className="empty">{t('costs.none')}</p>
      ) : (
        <Table
          head={[t('organisation'), t('costs.hours'), t('costs.euros')]}
          rows={costs.map((c) => [c.organisationName, c.hours, c.costEuros])}
        />
      )}
    </ReportSection>
  );
}

export function SignalsSection({ signals }: { signals: Report['signals'] }) {
  const { t } = useTranslation(['report', 'mentor-teams']);
  return (
    <ReportSection id="report-signals" title={t('signals.title')}>
      <p>{t('signals.summary', { raised: signals.raised, decided: signals.withDecision })}</p>
      <Table
        head={[t('signals.domain'), t('signals.raised'), t('signals.withDecision')]}
        rows={[
          [t('total'), signals.raised, signals.withDecision],
          ...signals.byDomain.map((d) => [t(`mentor-teams:domains.${d.domain}`), d.raised, d.withDecision]),
        ]}
      />
    </ReportSection>
  );
}

export function PrinciplesSection({ principles }: { principles: Report['principles'] }) {
  const { t } = useTranslation(['report', 'knowledge']);
  return (
    <ReportSection id="report-principles" title={t('principles.title')}>
      <p>{t('principles.summary', { scaledUp: principles.scaledUp, adoptions: principles.adoptions })}</p>
      {principles.principles.length === 0 ? (
        <p className="empty">{t('principles.none')}</p>
      ) : (
        <Table
          head={[
            t('principles.statement'),
            t('principles.maturity'),
            t('principles.scaledUpOn'),
            t('principles.adoptedInPeriod'),
            t('principles.locationsAdopted'),
          ]}
          rows={principles.principles.map((p) => [
            p.statement,
            t(`knowledge:maturity.${p.maturity}`),
            p.scaledUpOn === null ? null : formatDutchDate(p.scaledUpOn),
            p.adoptedInPeriod,
            p.locationsAdopted,
          ])}
        />
      )}
    </ReportSection>
  );
}
