import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { DataTable } from '../../components/ui/data-table';
import { NotesSection } from './notes-section';
import { showMoment } from './format';
import './mentor-teams.css';

/** A student as the mentor team sees them: notes, reflections and presence. Every view is audited. */
export function StudentPage() {
  const { t } = useTranslation('mentor-teams');
  const params = useParams();
  const teamId = Number(params.teamId);
  const studentId = Number(params.studentId);
  const { data: me } = useMe();
  const query = trpc.mentorTeams.student.useQuery({ teamId, studentId }, { enabled: teamId > 0 && studentId > 0 });
  const reflectionsId = useId();
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <PageHeader
            title={t('studentPage.title', { name: `${data.student.firstName} ${data.student.lastName}` })}
            intro={t('studentPage.intro', {
              programme: data.student.programmeName,
              institution: data.student.institutionName,
              cohort: data.team.cohortName,
            })}
          />
          <p>
            <Link to={`/mentorteams/${data.team.id}`}>← {t('studentPage.back')}</Link>
          </p>
          <p>
            <Link to={`/werkplek/team/${data.student.id}`}>{t('studentPage.workplace')}</Link>
          </p>
          <NotesSection
            teamId={data.team.id}
            studentId={data.student.id}
            notes={data.notes}
            canWrite={can(me, 'mentorTeams.write')}
          />
          <section className="section" aria-labelledby={reflectionsId}>
            <h2 id={reflectionsId}>{t('studentPage.reflections')}</h2>
            {data.reflections.length === 0 ? (
              <p className="empty">{t('studentPage.noReflections')}</p>
            ) : (
              <ul className="note-list">
                {data.reflections.map((r) => (
                  <li key={r.id}>
                    <h3>{t('weekOfYear', { week: r.isoWeek, year: r.isoYear })}</h3>
                    <p className="prewrap">{r.body}</p>
                    {r.nextStep && (
                      <p>
                        <strong>{t('studentPage.nextStep')}:</strong> {r.nextStep}
                      </p>
                    )}
                    <p className="muted">{showMoment(r.updatedAt)}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <Section title={t('studentPage.presence')}>
            <p>{t('studentPage.presenceTotals', data.totals)}</p>
            <DataTable
              caption={t('studentPage.presence')}
              rows={data.presence}
              rowKey={(p) => p.key}
              columns={[
                { header: t('nav.week'), cell: (p) => t('week', { week: p.week }) },
                {
                  header: t('attendanceTable.session'),
                  cell: (p) => (p.attendance ? t(`attendance.${p.attendance}`) : t(`logStates.${p.state}`)),
                },
                {
                  header: t('attendanceTable.workplace'),
                  cell: (p) => (p.daysPresent === null ? '—' : `${p.daysPresent} / ${p.daysPlanned}`),
                  numeric: true,
                },
              ]}
            />
          </Section>
        </>
      )}
    </QueryState>
  );
}
