import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/trpc';
import { Button } from '../../../components/ui/button';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { BEROEPSBEELD_DOMAIN_CODES } from '../../../../shared/domain/beroepsbeeld';
import { SIGNAL_STATUSES } from '../../../../shared/domain/mentor-teams';
import { showMonth } from '../format';
import { ChartFigure } from './chart-figure';
import { StackedColumns } from './bar-figures';
import type { Drill } from './use-dashboard-state';

type Signals = RouterOutputs['regiegroep']['dashboard']['mentorTeams']['signals'];

/** Signals per Beroepsbeeld domain over time (first raised), and per domain and competence by status. */
export function SignalsFigures({
  signals,
  filter,
  open,
  print,
}: {
  signals: Signals;
  filter: DashboardFilter;
  open: (d: Drill) => void;
  print?: boolean;
}) {
  const { t } = useTranslation(['regiegroep', 'mentor-teams']);
  const width = print ? 640 : undefined;
  const drill = (args: Record<string, string>) => () => open({ kind: 'signalen', args });
  const cell = (n: number, args: Record<string, string>) =>
    n === 0 || print ? (
      n
    ) : (
      <Button variant="link" onClick={drill(args)} aria-label={t('signals.openCell', { count: n })}>
        {n}
      </Button>
    );
  const domains = BEROEPSBEELD_DOMAIN_CODES.map((d) => ({ key: d, label: t(`mentor-teams:domains.${d}`) }));
  return (
    <>
      <ChartFigure
        title={t('signals.timeTitle')}
        summary={t('signals.timeSummary', { count: signals.total, carried: signals.carriedOver })}
        csv="signalen-tijd"
        filter={filter}
        print={print}
        table={{
          columns: [{ header: t('signals.month') }, ...domains.map((d) => ({ header: d.label, numeric: true }))],
          rows: signals.byMonth.map((m) => ({
            key: m.month,
            cells: [
              showMonth(m.month),
              ...BEROEPSBEELD_DOMAIN_CODES.map((d) => cell(m[d], { month: m.month, domain: d })),
            ],
          })),
        }}
      >
        <StackedColumns
          width={width}
          series={domains}
          rows={signals.byMonth.map((m) => ({ ...m, key: m.month, name: showMonth(m.month) }))}
          onOpen={(month, domain) => open({ kind: 'signalen', args: { month, domain } })}
        />
      </ChartFigure>
      <ChartFigure
        title={t('signals.statusTitle')}
        summary={t('signals.statusSummary')}
        csv="signalen-status"
        filter={filter}
        print={print}
        table={{
          columns: [
            { header: t('signals.domainOrCompetence') },
            ...SIGNAL_STATUSES.map((s) => ({ header: t(`mentor-teams:signalStatuses.${s}`), numeric: true })),
          ],
          rows: [
            ...signals.byDomain.map((r) => ({
              key: r.domain,
              cells: [
                <strong key="d">{t(`mentor-teams:domains.${r.domain}`)}</strong>,
                ...SIGNAL_STATUSES.map((s) => cell(r[s], { domain: r.domain, status: s })),
              ],
            })),
            ...signals.byCompetence.map((r) => ({
              key: r.competence,
              cells: [
                t(`mentor-teams:competences.${r.competence}`),
                ...SIGNAL_STATUSES.map((s) => cell(r[s], { competence: r.competence, status: s })),
              ],
            })),
          ],
        }}
      >
        <StackedColumns
          width={width}
          series={SIGNAL_STATUSES.map((s) => ({ key: s, label: t(`mentor-teams:signalStatuses.${s}`) }))}
          rows={signals.byDomain.map((r) => ({ ...r, key: r.domain, name: t(`domainShort.${r.domain}`) }))}
          onOpen={(domain, status) => open({ kind: 'signalen', args: { domain, status } })}
        />
      </ChartFigure>
    </>
  );
}
