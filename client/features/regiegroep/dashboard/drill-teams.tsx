import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../lib/trpc';
import { can, useMe } from '../../../lib/session';
import { QueryState } from '../../../components/ui/query-state';
import { DataTable } from '../../../components/ui/data-table';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { BEROEPSBEELD_COMPETENCE_CODES, BEROEPSBEELD_DOMAIN_CODES } from '../../../../shared/domain/beroepsbeeld';
import { SIGNAL_STATUSES } from '../../../../shared/domain/mentor-teams';
import { showCount, showDate, showMonth } from '../format';
import { ClassLine } from './class-line';

const pick = <T extends string>(list: readonly T[], v: string | undefined) =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** A team's weeks (the clicked one marked) and its members; a link to the week for those who may open it. */
export function TeamDrill({ filter, teamId, week }: { filter: DashboardFilter; teamId: number; week?: string }) {
  const { t } = useTranslation(['regiegroep', 'mentor-teams']);
  const query = trpc.regiegroep.drillTeam.useQuery({ ...filter, teamId });
  return (
    <QueryState query={query}>
      {(d) => (
        <>
          <p>
            <strong>{d.team.name}</strong> — {d.team.cohortName}
          </p>
          <p>
            {t('drill.members')}:{' '}
            {d.members
              .map(
                (m) =>
                  `${m.name} (${t(`mentor-teams:teamRoles.${m.teamRole}`)}${m.organisationName ? `, ${m.organisationName}` : ''})`,
              )
              .join('; ')}
          </p>
          <DataTable
            caption={t('drill.weeksOf', { team: d.team.name })}
            rows={d.weeks}
            rowKey={(w) => w.key}
            columns={[
              {
                header: t('drill.week'),
                cell: (w) =>
                  w.key === week ? (
                    <strong aria-current="true">{t('drill.weekN', { week: w.week })}</strong>
                  ) : (
                    t('drill.weekN', { week: w.week })
                  ),
              },
              { header: t('drill.sessionDate'), cell: (w) => showDate(w.sessionDate) },
              {
                header: t('drill.state'),
                cell: (w) => <span className={`badge log-${w.state}`}>{t(`mentor-teams:logStates.${w.state}`)}</span>,
              },
              ...(d.canOpen
                ? [
                    {
                      header: t('drill.open'),
                      cell: (w: (typeof d.weeks)[number]) => (
                        <Link to={`/mentorteams/${d.team.id}?week=${w.key}`}>
                          {t('drill.openWeek', { week: w.week })}
                        </Link>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {!d.canOpen && <p className="muted">{t('drill.teamPrivate')}</p>}
          <ClassLine teamId={teamId} filter={filter} />
        </>
      )}
    </QueryState>
  );
}

/** The signals behind a figure: tags and counts (never names), where they are on an agenda. */
export function SignalsDrill({ filter, args }: { filter: DashboardFilter; args: Record<string, string> }) {
  const { t } = useTranslation(['regiegroep', 'mentor-teams']);
  const input = {
    ...filter,
    domain: pick(BEROEPSBEELD_DOMAIN_CODES, args.domain),
    competence: pick(BEROEPSBEELD_COMPETENCE_CODES, args.competence),
    status: pick(SIGNAL_STATUSES, args.status),
    month: args.month && /^\d{4}-\d{2}$/.test(args.month) ? args.month : undefined,
  };
  const query = trpc.regiegroep.drillSignals.useQuery(input);
  const opensMeetings = can(useMe().data, 'regiegroep.read');
  const what = [
    input.domain && t(`mentor-teams:domains.${input.domain}`),
    input.competence && t(`mentor-teams:competences.${input.competence}`),
    input.status && t(`mentor-teams:signalStatuses.${input.status}`),
    input.month && showMonth(input.month),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      {what && <p className="muted">{what}</p>}
      <QueryState query={query}>
        {(rows) => (
          <DataTable
            caption={t('drill.title.signalen')}
            rows={rows}
            rowKey={(s) => s.id}
            columns={[
              { header: t('drill.signal'), cell: (s) => s.title },
              { header: t('teams.team'), cell: (s) => s.teamName },
              {
                header: t('drill.tags'),
                cell: (s) =>
                  `${t(`mentor-teams:domains.${s.domain}`)} · ${t(`mentor-teams:competences.${s.competence}`)}`,
              },
              { header: t('drill.state'), cell: (s) => t(`mentor-teams:signalStatuses.${s.status}`) },
              { header: t('fields.students'), cell: (s) => showCount(s.students), numeric: true },
              {
                header: t('drill.weeksSeen'),
                cell: (s) =>
                  t('drill.weeksSeenCell', { count: s.weeksSeen, first: s.firstSeenWeek, last: s.lastSeenWeek }),
              },
              {
                header: t('drill.agenda'),
                cell: (s) =>
                  s.agenda.length
                    ? s.agenda.map((m) =>
                        opensMeetings ? (
                          <Link key={m.meetingId} to={`/regiegroep/overleg/${m.meetingId}`}>
                            {showDate(m.heldOn)}
                          </Link>
                        ) : (
                          <span key={m.meetingId}>{showDate(m.heldOn)}</span>
                        ),
                      )
                    : '—',
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
