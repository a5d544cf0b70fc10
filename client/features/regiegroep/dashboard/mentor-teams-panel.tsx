import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/trpc';
import { Button } from '../../../components/ui/button';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { showCount, showHours, showPercent } from '../format';
import { ChartFigure } from './chart-figure';
import { HorizontalBars } from './bar-figures';
import { HeatMap, HeatMapLegend } from './heat-map';
import { SignalsFigures } from './signals-figures';
import type { Drill } from './use-dashboard-state';

type Panel = RouterOutputs['regiegroep']['dashboard']['mentorTeams'];

/** Logs present or missing (heat map), presence, reflections, hours against budget, and the signals. */
export function MentorTeamsPanel({
  panel,
  filter,
  open,
  print,
}: {
  panel: Panel;
  filter: DashboardFilter;
  open: (d: Drill) => void;
  print?: boolean;
}) {
  const { t } = useTranslation('regiegroep');
  const width = print ? 640 : undefined;
  const teamButton = (team: { id: number; name: string }) =>
    print ? (
      team.name
    ) : (
      <Button variant="link" onClick={() => open({ kind: 'team', args: { team: String(team.id) } })}>
        {team.name}
      </Button>
    );
  if (!panel.teams.length) return <p className="empty">{t('teams.none')}</p>;
  return (
    <>
      <ChartFigure
        title={t('teams.heatmapTitle')}
        summary={t('teams.heatmapSummary', {
          teams: panel.teams.length,
          weeks: panel.weeks.length,
          missing: panel.teams.reduce((n, x) => n + x.logs.missing, 0),
        })}
        basis={t('teams.heatmapBasis')}
        csv="logboeken"
        filter={filter}
        print={print}
        readable
        table={{
          columns: [
            { header: t('teams.team') },
            { header: t('teams.logsPresent'), numeric: true },
            { header: t('teams.logsMissing'), numeric: true },
            { header: t('teams.logsCancelled'), numeric: true },
            { header: t('teams.logRate'), numeric: true },
          ],
          rows: panel.teams.map((x) => ({
            key: x.id,
            cells: [teamButton(x), x.logs.present, x.logs.missing, x.logs.cancelled, showPercent(x.logRate)],
          })),
        }}
      >
        <HeatMap panel={panel} open={open} print={print} />
        <HeatMapLegend />
      </ChartFigure>
      <ChartFigure
        title={t('teams.presenceTitle')}
        summary={t('teams.presenceSummary')}
        basis={t('teams.presenceBasis')}
        csv="aanwezigheid"
        filter={filter}
        print={print}
        table={{
          columns: [
            { header: t('teams.team') },
            { header: t('teams.classSize'), numeric: true },
            { header: t('teams.presence'), numeric: true },
            { header: t('teams.workplace'), numeric: true },
            { header: t('teams.reflections'), numeric: true },
          ],
          rows: panel.teams.map((x) => ({
            key: x.id,
            cells: [
              teamButton(x),
              showCount(x.classSize),
              showPercent(x.presenceRate),
              showPercent(x.workplaceRate),
              showPercent(x.reflectionRate),
            ],
          })),
        }}
      >
        <HorizontalBars
          width={width}
          max={100}
          rows={panel.teams.map((x) => ({
            key: x.id,
            name: x.name,
            value: x.presenceRate ?? 0,
            label: x.presenceRate === null ? t('teams.hiddenRate') : showPercent(x.presenceRate),
            onOpen: () => open({ kind: 'team', args: { team: String(x.id) } }),
          }))}
        />
      </ChartFigure>
      <ChartFigure
        title={t('teams.hoursTitle')}
        summary={t('teams.hoursSummary', { count: panel.budgetPeriods })}
        csv="uren"
        filter={filter}
        print={print}
        table={{
          columns: [
            { header: t('teams.team') },
            { header: t('teams.hoursSpent'), numeric: true },
            { header: t('teams.hoursBudget'), numeric: true },
            { header: t('teams.hoursRate'), numeric: true },
          ],
          rows: panel.teams.map((x) => ({
            key: x.id,
            cells: [teamButton(x), showHours(x.hours.spent), showHours(x.hours.budget), showPercent(x.hours.rate)],
          })),
        }}
      >
        <HorizontalBars
          width={width}
          max={100}
          rows={panel.teams.map((x) => ({
            key: x.id,
            name: x.name,
            value: Math.min(100, x.hours.rate ?? 0),
            label: t('teams.hoursLabel', { spent: showHours(x.hours.spent), budget: showHours(x.hours.budget) }),
            onOpen: () => open({ kind: 'team', args: { team: String(x.id) } }),
          }))}
        />
      </ChartFigure>
      <SignalsFigures signals={panel.signals} filter={filter} open={open} print={print} />
    </>
  );
}
