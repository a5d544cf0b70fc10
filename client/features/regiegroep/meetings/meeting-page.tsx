import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../../lib/trpc';
import { PageHeader } from '../../../components/ui/page';
import { QueryState } from '../../../components/ui/query-state';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { showDate } from '../format';
import { MeetingEditForm } from './meeting-form';
import { AgendaSection } from './agenda-section';
import { ProposalsSection } from './proposals-section';
import { DecisionsSection } from './decisions-section';
import { ActionsSection } from './actions-section';
import { TrendsSection } from './trends-section';

export type MeetingData = RouterOutputs['regiegroep']['meeting'];
export type Say = (kind: 'success' | 'error', text: string) => void;

/** /regiegroep/overleg/:id — prepare (agenda from proposals), hold (minutes, decisions, actions, trends), print. */
export function MeetingPage() {
  const { t } = useTranslation('regiegroep');
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = trpc.regiegroep.meeting.useQuery({ id }, { enabled: valid });
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const say: Say = (kind, text) => setMessage({ kind, text });
  if (!valid) return <PageHeader title={t('common:notFound.title')} />;
  return (
    <QueryState query={query}>
      {(data) => {
        const m = data.meeting;
        return (
          <>
            <PageHeader
              title={`${m.title} — ${showDate(m.heldOn)}`}
              intro={[m.startsAt, m.place, t(`meetingStatuses.${m.status}`)].filter(Boolean).join(' · ')}
              actions={
                <>
                  <Link className="btn btn-secondary" to={`/regiegroep/overleg/${m.id}/vergaderstuk`}>
                    {t('pack.open')}
                  </Link>
                  {data.canEdit && !editing && (
                    <Button variant="secondary" onClick={() => setEditing(true)}>
                      {t('meetings.edit')}
                    </Button>
                  )}
                </>
              }
            />
            <p>
              <Link to="/regiegroep/overleg">{t('meetings.back')}</Link>
            </p>
            {message && <Notice kind={message.kind}>{message.text}</Notice>}
            {editing && (
              <div className="panel">
                <MeetingEditForm
                  initial={{ ...m }}
                  onCancel={() => setEditing(false)}
                  onDone={() => {
                    setEditing(false);
                    say('success', t('meetings.saved'));
                  }}
                />
              </div>
            )}
            {!data.canDecide && data.canEdit && m.heldOn > data.today && (
              <Notice kind="info">{t('meetings.prepareNote')}</Notice>
            )}
            <AgendaSection data={data} say={say} />
            {data.proposals && <ProposalsSection meetingId={m.id} proposals={data.proposals} say={say} />}
            {m.minutes && (
              <section className="section" aria-labelledby="minutes-title">
                <h2 id="minutes-title">{t('meetings.minutes')}</h2>
                <p className="prewrap">{m.minutes}</p>
              </section>
            )}
            <DecisionsSection data={data} say={say} />
            <ActionsSection data={data} say={say} />
            <TrendsSection data={data} say={say} />
          </>
        );
      }}
    </QueryState>
  );
}
