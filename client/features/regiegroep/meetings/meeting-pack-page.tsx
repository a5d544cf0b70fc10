import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../lib/trpc';
import { useMe } from '../../../lib/session';
import { Button } from '../../../components/ui/button';
import { QueryState } from '../../../components/ui/query-state';
import { PageHeader } from '../../../components/ui/page';
import { formatDateTime } from '../../../lib/format';
import { showDate } from '../format';
import { DashboardPanels } from '../dashboard/dashboard-panels';
import { RefLabel } from './ref-label';
import { PackActions } from './pack-actions';

const noDrill = () => undefined;

/**
 * /regiegroep/overleg/:id/vergaderstuk — the meeting pack for paper (A4, print CSS in regiegroep.css):
 * the agenda with where each item stands, decisions so far, the action points (this meeting's and the
 * open ones of earlier meetings), and a snapshot of the dashboard as it is now.
 */
export function MeetingPackPage() {
  const { t } = useTranslation('regiegroep');
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const me = useMe().data;
  const meeting = trpc.regiegroep.meeting.useQuery({ id }, { enabled: valid });
  const dashboard = trpc.regiegroep.dashboard.useQuery({});
  const m = meeting.data?.meeting;
  useEffect(() => {
    if (m) document.title = `${t('pack.title')} ${m.title} ${showDate(m.heldOn)} — ${me?.partnership.name ?? ''}`;
  }, [m, me, t]);
  if (!valid) return <PageHeader title={t('common:notFound.title')} />;
  return (
    <article className="meeting-pack">
      <div className="pack-controls panel">
        <Link to={`/regiegroep/overleg/${id}`}>{t('pack.back')}</Link>
        <Button onClick={() => window.print()}>{t('pack.print')}</Button>
      </div>
      <QueryState query={meeting}>
        {(data) => (
          <>
            <header className="pack-cover">
              <p className="pack-partnership">{me?.partnership.name}</p>
              <h1>{t('pack.heading', { title: data.meeting.title })}</h1>
              <p>
                {[showDate(data.meeting.heldOn), data.meeting.startsAt, data.meeting.place].filter(Boolean).join(' · ')}
              </p>
              <p className="muted">{t('pack.generated', { when: formatDateTime(meeting.dataUpdatedAt) })}</p>
            </header>
            <section className="pack-section" aria-labelledby="pack-agenda">
              <h2 id="pack-agenda">{t('agenda.title')}</h2>
              {data.agenda.length === 0 ? (
                <p className="empty">{t('agenda.empty')}</p>
              ) : (
                <ol className="agenda">
                  {data.agenda.map((item) => (
                    <li key={item.id}>
                      <strong>{item.title}</strong>
                      {item.ref && (
                        <div>
                          <RefLabel kind={item.kind} refId={item.refId} refInfo={item.ref} />
                        </div>
                      )}
                      {item.note && <p className="prewrap agenda-note">{item.note}</p>}
                    </li>
                  ))}
                </ol>
              )}
            </section>
            {data.decisions.length > 0 && (
              <section className="pack-section" aria-labelledby="pack-decisions">
                <h2 id="pack-decisions">{t('decisions.title')}</h2>
                <ol>
                  {data.decisions.map((d) => (
                    <li key={d.id}>
                      {d.text}
                      {d.programmeName && d.programmeChange
                        ? ` (${t('decisions.changes', { programme: d.programmeName, change: t(`programmeChanges.${d.programmeChange}`) })})`
                        : ''}
                    </li>
                  ))}
                </ol>
              </section>
            )}
            <PackActions data={data} />
          </>
        )}
      </QueryState>
      <section className="pack-section pack-dashboard" aria-labelledby="pack-dashboard">
        <h2 id="pack-dashboard">{t('pack.snapshot')}</h2>
        <QueryState query={dashboard}>
          {(d) => <DashboardPanels data={d} filter={{}} open={noDrill} print />}
        </QueryState>
      </section>
    </article>
  );
}
