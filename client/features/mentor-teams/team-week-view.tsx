import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Notice } from '../../components/ui/notice';
import { LogForm } from './log-form';
import { LogView } from './log-view';
import { SignalsPanel } from './signals-panel';
import { HoursPanel } from './hours-panel';
import { TeamTabs } from './team-tabs';
import { WeekStrip } from './week-strip';
import './mentor-teams.css';

/**
 * The team's week: this week's log (members write, the projectleider reads), who is missing, open
 * signals and this period's hours. `weekPath` builds the link to another week of the same page.
 */
export function TeamWeekView({
  teamId,
  weekKey,
  weekPath,
  picker,
}: {
  teamId: number;
  weekKey?: string;
  weekPath: (key: string) => string;
  picker?: ReactNode;
}) {
  const { t } = useTranslation('mentor-teams');
  const { data: me } = useMe();
  const query = trpc.mentorTeams.week.useQuery({ teamId, week: weekKey });
  const canWrite =
    can(me, 'mentorTeams.write') && Boolean(query.data?.team.members.some((m) => m.userId === me?.user.id));

  return (
    <QueryState query={query}>
      {(week) => (
        <>
          <PageHeader
            title={t('weekView.title', { team: week.team.name, week: week.week.week })}
            intro={t('weekView.intro', {
              cohort: week.team.cohortName,
              weekday: t(`common:weekdays.${week.team.sessionWeekday}`),
              members: week.team.members.map((m) => `${m.name} (${t(`teamRoles.${m.teamRole}`)})`).join(', '),
            })}
            actions={picker}
          />
          <TeamTabs teamId={week.team.id} teamName={week.team.name} />
          <div className="week-nav">
            <Link to={weekPath(week.week.previous)}>← {t('weekView.previous')}</Link>
            {!week.week.isCurrent && <Link to={weekPath('')}>{t('weekView.thisWeek')}</Link>}
            <Link to={weekPath(week.week.next)}>{t('weekView.next')} →</Link>
            <Link to={`/mentorteams/${week.team.id}/reflecties/${week.week.key}`}>
              {t('weekReflections.open', { week: week.week.week })}
            </Link>
          </div>
          {week.team.organisations.length > 0 && (
            <p className="muted">{t('weekView.adopters', { names: week.team.organisations.join(', ') })}</p>
          )}
          {!week.week.inSchoolYear && <Notice kind="warning">{t('weekView.outsideYear')}</Notice>}
          <div className="week-layout">
            <div>
              {canWrite ? (
                <LogForm key={`${week.team.id}-${week.week.key}`} week={week} weekPath={weekPath} />
              ) : (
                <LogView week={week} />
              )}
            </div>
            <div>
              <WeekStrip week={week} weekPath={weekPath} />
              <SignalsPanel week={week} canWrite={canWrite} />
              <HoursPanel week={week} canWrite={canWrite} />
            </div>
          </div>
        </>
      )}
    </QueryState>
  );
}
