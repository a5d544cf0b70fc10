import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { TeamTabs } from './team-tabs';
import { percent } from './format';
import './mentor-teams.css';

type Overview = RouterOutputs['mentorTeams']['classOverview'];
type Cell = Overview['students'][number]['cells'][number];
type Totals = Overview['classTotals'];

/** One cell, short for the eye ("A 3/3 ✓") and in words for screen readers. */
function CellText({ cell }: { cell: Cell }) {
  const { t } = useTranslation('mentor-teams');
  if (cell.attendance === null && !cell.reflected) return <span className="muted">—</span>;
  const days = cell.daysPresent !== null ? `${cell.daysPresent}/${cell.daysPlanned}` : '';
  const short = [cell.attendance ? t(`attendanceShort.${cell.attendance}`) : '', days, cell.reflected ? '✓' : '']
    .filter(Boolean)
    .join(' ');
  const long = [
    cell.attendance ? t(`attendance.${cell.attendance}`) : t('classOverview.noLog'),
    days
      ? t('classOverview.ofDays', {
          present: cell.daysPresent,
          planned: cell.daysPlanned,
          percent: percent(cell.daysPresent!, cell.daysPlanned!),
        })
      : '',
    cell.reflected ? t('classOverview.reflectedCell') : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{long}</span>
    </>
  );
}

function TotalCells({ totals }: { totals: Totals }) {
  const { t } = useTranslation('mentor-teams');
  return (
    <>
      <td className="num">{t('classOverview.ofSessions', { present: totals.present, sessions: totals.sessions })}</td>
      <td className="num">
        {t('classOverview.ofDays', {
          present: totals.daysPresent,
          planned: totals.daysPlanned,
          percent: percent(totals.daysPresent, totals.daysPlanned),
        })}
      </td>
      <td className="num">{totals.reflections}</td>
    </>
  );
}

/** Students × weeks: presence at the session and the workplace, and reflections; totals first, per student and class. */
export function ClassOverviewPage() {
  const { t } = useTranslation('mentor-teams');
  const teamId = Number(useParams().teamId);
  const query = trpc.mentorTeams.classOverview.useQuery({ teamId }, { enabled: teamId > 0 });
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <PageHeader
            title={t('classOverview.title', { cohort: data.team.cohortName })}
            intro={t('classOverview.intro')}
          />
          <TeamTabs teamId={data.team.id} teamName={data.team.name} />
          <p className="hint">{t('classOverview.legend')}</p>
          <div className="table-wrap">
            <table className="grid-table">
              <caption className="visually-hidden">{t('classOverview.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('attendanceTable.student')}</th>
                  <th scope="col">{t('classOverview.sessions')}</th>
                  <th scope="col">{t('classOverview.days')}</th>
                  <th scope="col">{t('classOverview.reflections')}</th>
                  {data.weeks.map((w) => (
                    <th key={w.key} scope="col">
                      <Link to={`/mentorteams/${data.team.id}?week=${w.key}`}>{t('week', { week: w.week })}</Link>
                      <br />
                      <span className="week-state">{t(`logStates.${w.state}`)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.students.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link to={`/mentorteams/${data.team.id}/studenten/${s.id}`}>
                        {s.firstName} {s.lastName}
                      </Link>
                      <br />
                      <span className="muted">{s.institutionName}</span>
                    </th>
                    <TotalCells totals={s.totals} />
                    {s.cells.map((cell, i) => (
                      <td key={data.weeks[i]!.key}>
                        <CellText cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('classOverview.classTotals')}</th>
                  <TotalCells totals={data.classTotals} />
                  <td colSpan={data.weeks.length} />
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </QueryState>
  );
}
