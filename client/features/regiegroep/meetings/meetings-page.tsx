import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../lib/trpc';
import { PageHeader } from '../../../components/ui/page';
import { QueryState } from '../../../components/ui/query-state';
import { DataTable } from '../../../components/ui/data-table';
import { Button } from '../../../components/ui/button';
import { showDate } from '../format';
import { ScheduleForm } from './meeting-form';

/** /regiegroep/overleg — every meeting, the rhythm, and (for the chair and projectleider) scheduling a new one. */
export function MeetingsPage() {
  const { t } = useTranslation('regiegroep');
  const navigate = useNavigate();
  const query = trpc.regiegroep.meetings.useQuery();
  const [scheduling, setScheduling] = useState(false);
  return (
    <>
      <PageHeader
        title={t('meetings.pageTitle')}
        intro={query.data ? t('meetings.intro', { count: query.data.meetingsPerYear }) : undefined}
        actions={
          query.data?.canEdit && !scheduling ? (
            <Button onClick={() => setScheduling(true)}>{t('meetings.schedule')}</Button>
          ) : undefined
        }
      />
      {scheduling && (
        <div className="panel">
          <ScheduleForm
            onCancel={() => setScheduling(false)}
            onDone={(id) => void navigate(`/regiegroep/overleg/${id}`)}
          />
        </div>
      )}
      <QueryState query={query}>
        {(data) => (
          <DataTable
            caption={t('meetings.pageTitle')}
            rows={data.meetings}
            rowKey={(m) => m.id}
            columns={[
              { header: t('meetings.date'), cell: (m) => `${showDate(m.heldOn)}${m.startsAt ? ` ${m.startsAt}` : ''}` },
              { header: t('meetings.title'), cell: (m) => <Link to={`/regiegroep/overleg/${m.id}`}>{m.title}</Link> },
              {
                header: t('meetings.status'),
                cell: (m) => <span className={`badge meeting-${m.status}`}>{t(`meetingStatuses.${m.status}`)}</span>,
              },
              { header: t('meetings.agendaItems'), cell: (m) => m.agendaItems, numeric: true },
              { header: t('meetings.decisions'), cell: (m) => m.decisions, numeric: true },
              { header: t('meetings.actions'), cell: (m) => m.actions, numeric: true },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
