import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { DataTable } from '../../components/ui/data-table';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { TeamTabs } from './team-tabs';
import { HourForm } from './hour-form';
import { HoursSummary } from './hours-summary';
import { ExportHoursButton } from './export-button';
import { showDate, showHours } from './format';
import './mentor-teams.css';

/** The team's hours: per period against budget, by label and member, every entry, and the CSV export. */
export function HoursPage() {
  const { t } = useTranslation('mentor-teams');
  const teamId = Number(useParams().teamId);
  const { data: me } = useMe();
  const [periodId, setPeriodId] = useState<number | undefined>();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const query = trpc.mentorTeams.hours.useQuery({ teamId, periodId }, { enabled: teamId > 0 });
  const utils = trpc.useUtils();
  const remove = trpc.mentorTeams.removeHours.useMutation({ onSuccess: () => utils.mentorTeams.invalidate() });
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <PageHeader
            title={t('hours.title', { team: data.team.name })}
            intro={t('hours.intro')}
            actions={<ExportHoursButton teamId={data.team.id} />}
          />
          <TeamTabs teamId={data.team.id} teamName={data.team.name} />
          {message && <Notice kind={message.kind}>{message.text}</Notice>}
          <div className="toolbar">
            <label className="inline-field">
              <span>{t('hours.period')}</span>
              <select value={data.period?.id ?? ''} onChange={(e) => setPeriodId(Number(e.target.value))}>
                {data.periods.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({showDate(p.startsOn)} – {showDate(p.endsOn)})
                  </option>
                ))}
              </select>
            </label>
          </div>
          <Section title={t('hours.thisPeriod', { period: data.period?.name ?? '' })}>
            <HoursSummary summary={data.summary} detailed />
          </Section>
          {can(me, 'mentorTeams.write') && (
            <div className="section">
              <HourForm
                teamId={data.team.id}
                headingLevel={2}
                onDone={(text) => setMessage({ kind: 'success', text })}
              />
            </div>
          )}
          <Section title={t('hours.entries')}>
            <DataTable
              caption={t('hours.entries')}
              rows={data.entries}
              rowKey={(e) => e.id}
              columns={[
                { header: t('hours.date'), cell: (e) => showDate(e.date) },
                { header: t('hours.week'), cell: (e) => t('week', { week: e.isoWeek }) },
                { header: t('hours.member'), cell: (e) => e.name },
                { header: t('hours.label'), cell: (e) => t(`hourLabels.${e.label}`) },
                { header: t('hours.hours'), cell: (e) => showHours(e.hours), numeric: true },
                { header: t('hours.note'), cell: (e) => e.note },
                {
                  header: t('hours.actions'),
                  cell: (e) =>
                    e.mine && can(me, 'mentorTeams.write') ? (
                      <Button
                        variant="secondary"
                        aria-label={t('hours.removeEntry', { hours: showHours(e.hours), date: showDate(e.date) })}
                        onClick={() =>
                          remove.mutate(
                            { id: e.id },
                            {
                              onSuccess: () => setMessage({ kind: 'success', text: t('hours.removed') }),
                              onError: (err) => setMessage({ kind: 'error', text: errorDetails(err).message }),
                            },
                          )
                        }
                      >
                        {t('hours.remove')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Section>
        </>
      )}
    </QueryState>
  );
}
