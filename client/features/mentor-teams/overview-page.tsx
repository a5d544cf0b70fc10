import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { DataTable } from '../../components/ui/data-table';
import { ExportHoursButton } from './export-button';
import { TeamsSetup } from './teams-setup';
import { percent, showHours } from './format';
import './mentor-teams.css';

/**
 * All teams in figures, for the projectleider and the regiegroep: logged and missing weeks,
 * presence, reflections, signals, hours. Counts only; the projectleider can open a team and set
 * teams up.
 */
export function OverviewPage() {
  const { t } = useTranslation('mentor-teams');
  const { data: me } = useMe();
  // One school year at a time (decision 088), in the address (?jaar=3); default the current one.
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('jaar')) || undefined;
  const years = trpc.regiegroep.dashboardOptions.useQuery().data;
  const query = trpc.mentorTeams.overview.useQuery(chosen ? { schoolYearId: chosen } : undefined, {
    placeholderData: (previous) => previous,
  });
  const canOpen = can(me, 'mentorTeams.read');
  return (
    <>
      <PageHeader
        title={t('overview.title')}
        intro={t('overview.intro')}
        actions={can(me, 'mentorTeams.hours') ? <ExportHoursButton /> : undefined}
      />
      {years && (
        <div className="toolbar">
          <label className="inline-field">
            <span>{t('overview.schoolYear')}</span>
            <select
              value={chosen ?? years.defaultSchoolYearId ?? ''}
              onChange={(e) => setParams(e.target.value ? { jaar: e.target.value } : {})}
            >
              {years.schoolYears.map((y) => (
                <option key={y.id} value={y.id}>
                  {y.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <QueryState query={query}>
        {(teams) =>
          teams.length === 0 ? (
            <p className="empty">{t('overview.none')}</p>
          ) : (
            <div className="overview-table">
              <DataTable
                caption={t('overview.caption')}
                rows={teams}
                rowKey={(team) => team.id}
                columns={[
                  {
                    header: t('overview.team'),
                    cell: (team) => (canOpen ? <Link to={`/mentorteams/${team.id}`}>{team.name}</Link> : team.name),
                  },
                  {
                    header: t('overview.members'),
                    cell: (team) => team.members.map((m) => `${m.name} (${t(`teamRoles.${m.teamRole}`)})`).join(', '),
                  },
                  {
                    header: t('overview.weeks'),
                    cell: (team) => (
                      <>
                        <span>{t('overview.weeksCell', { missing: team.missingWeeks })}</span>
                        <ul className="week-strip" aria-label={t('overview.weekStrip', { team: team.name })}>
                          {team.weeks.map((w) => (
                            <li key={w.key} className={`week-chip week-${w.state}`}>
                              <span>{t('week', { week: w.week })}</span>{' '}
                              <span className="week-state">{t(`logStates.${w.state}`)}</span>
                            </li>
                          ))}
                        </ul>
                      </>
                    ),
                  },
                  {
                    header: t('overview.presence'),
                    cell: (team) =>
                      team.presence ? percent(team.presence.present, team.presence.sessions) : t('overview.hidden'),
                    numeric: true,
                  },
                  {
                    header: t('overview.workplace'),
                    cell: (team) =>
                      team.presence
                        ? percent(team.presence.daysPresent, team.presence.daysPlanned)
                        : t('overview.hidden'),
                    numeric: true,
                  },
                  {
                    header: t('overview.reflections'),
                    cell: (team) =>
                      team.reflectionsThisWeek === null
                        ? t('overview.hidden')
                        : t('overview.reflectionsCell', {
                            count: team.reflectionsThisWeek,
                            students: team.studentCount,
                          }),
                    numeric: true,
                  },
                  {
                    header: t('overview.signals'),
                    cell: (team) =>
                      t('overview.signalsCell', {
                        open: team.signals.nieuw + team.signals.doorgezet + team.signals.opgepakt,
                        closed: team.signals.afgerond,
                      }),
                  },
                  {
                    header: t('overview.hours'),
                    cell: (team) => {
                      const text = `${team.hours.periodName ?? ''}: ${t('overview.hoursCell', { spent: showHours(team.hours.spentHours), budget: showHours(team.hours.budgetHours) })}`;
                      return can(me, 'mentorTeams.hours') ? (
                        <Link to={`/mentorteams/${team.id}/uren`}>{text}</Link>
                      ) : (
                        text
                      );
                    },
                    numeric: true,
                  },
                ]}
              />
            </div>
          )
        }
      </QueryState>
      {can(me, 'mentorTeams.manage') && <TeamsSetup />}
    </>
  );
}
