import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { SignalForm } from './signal-form';
import type { TeamWeek } from './use-log-draft';

/** The team's open signals in its week view; members raise new ones or mark one seen again. */
export function SignalsPanel({ week, canWrite }: { week: TeamWeek; canWrite: boolean }) {
  const { t } = useTranslation('mentor-teams');
  const titleId = useId();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const utils = trpc.useUtils();
  const seen = trpc.mentorTeams.signalSeenAgain.useMutation({ onSuccess: () => utils.mentorTeams.invalidate() });
  const again = (s: TeamWeek['openSignals'][number]) =>
    seen.mutate(
      { id: s.id, week: week.week.key, studentCount: s.studentCount },
      {
        onSuccess: () => setMessage({ kind: 'success', text: t('signals.seenAgainDone', { title: s.title }) }),
        onError: (e) => setMessage({ kind: 'error', text: errorDetails(e).message }),
      },
    );

  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('signals.open')}</h2>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {week.openSignals.length === 0 ? (
        <p className="empty">{t('signals.none')}</p>
      ) : (
        <ul className="signal-list">
          {week.openSignals.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong>{' '}
              <span className={`badge status-${s.status}`}>{t(`signalStatuses.${s.status}`)}</span>
              <br />
              <span className="muted">
                {t(`signalKinds.${s.kind}`)} · {t(`domains.${s.domain}`)} · {t(`competences.${s.competence}`)}
              </span>
              <br />
              {t('signals.meta', { students: s.studentCount, first: s.firstSeenWeek, count: s.weeksSeen })}
              {canWrite && (s.lastSeenYear !== week.week.year || s.lastSeenWeek !== week.week.week) && (
                <>
                  {' '}
                  <Button
                    variant="link"
                    onClick={() => again(s)}
                    aria-label={`${t('signals.seenAgain', { week: week.week.week })}: ${s.title}`}
                  >
                    {t('signals.seenAgain', { week: week.week.week })}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && week.week.inSchoolYear && (
        <SignalForm
          teamId={week.team.id}
          week={week.week.key}
          weekNumber={week.week.week}
          onDone={(text) => setMessage({ kind: 'success', text })}
        />
      )}
    </section>
  );
}
