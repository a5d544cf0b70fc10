import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/trpc';
import { showDate } from '../format';
import type { Drill } from './use-dashboard-state';

type Panel = RouterOutputs['regiegroep']['dashboard']['mentorTeams'];

/** A mark per state, so the heat map reads without colour too. */
const MARK: Record<string, string> = { vastgesteld: '✓', concept: '…', vervallen: '–', ontbreekt: '✗' };

/**
 * Weekly logs per team per week: a table (it is one), each cell coloured and marked by its state, and
 * each a button to the team's weeks and who to ask about a missing one.
 */
export function HeatMap({ panel, open, print }: { panel: Panel; open: (d: Drill) => void; print?: boolean }) {
  const { t } = useTranslation(['regiegroep', 'mentor-teams']);
  if (!panel.heatmap.length) return <p className="empty">{t('teams.none')}</p>;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls sideways must take focus, or keyboard users cannot scroll it (axe: scrollable-region-focusable)
    <div className="table-wrap heat-map-wrap" tabIndex={0} role="region" aria-label={t('teams.heatmapTitle')}>
      <table className="heat-map">
        <caption className="visually-hidden">{t('teams.heatmapTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teams.team')}</th>
            {panel.weeks.map((w) => (
              <th key={w.key} scope="col" className="week-head">
                <abbr title={t('teams.weekLong', { week: w.week, year: w.year })}>{w.week}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {panel.heatmap.map((row) => (
            <tr key={row.teamId}>
              <th scope="row">{row.name}</th>
              {row.cells.map((c) => {
                const week = panel.weeks.find((w) => w.key === c.key)!;
                if (!c.state)
                  return (
                    <td key={c.key} className="heat heat-none">
                      <span className="visually-hidden">{t('teams.notExpected')}</span>
                    </td>
                  );
                const label = t('teams.cellLabel', {
                  team: row.name,
                  week: week.week,
                  date: c.sessionDate ? showDate(c.sessionDate) : '',
                  state: t(`mentor-teams:logStates.${c.state}`),
                });
                return (
                  <td key={c.key} className={`heat heat-${c.state}`}>
                    {print ? (
                      <>
                        <span aria-hidden="true">{MARK[c.state]}</span>
                        <span className="visually-hidden">{label}</span>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="heat-cell"
                        aria-label={label}
                        title={label}
                        onClick={() => open({ kind: 'team', args: { team: String(row.teamId), week: c.key } })}
                      >
                        {MARK[c.state]}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function HeatMapLegend() {
  const { t } = useTranslation(['regiegroep', 'mentor-teams']);
  return (
    <ul className="chart-legend heat-legend">
      {Object.entries(MARK).map(([state, mark]) => (
        <li key={state}>
          <span className={`heat-swatch heat-${state}`} aria-hidden="true">
            {mark}
          </span>{' '}
          {t(`mentor-teams:logStates.${state}`)}
        </li>
      ))}
    </ul>
  );
}
