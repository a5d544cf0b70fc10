import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Notice } from '../../components/ui/notice';
import { Button } from '../../components/ui/button';
import { TeamTabs } from './team-tabs';
import { ReflectionAnswerForm } from './reflection-answer-form';
import { showMoment } from './format';
import './mentor-teams.css';

type Row = RouterOutputs['mentorTeams']['weekReflections']['students'][number];
type Say = (kind: 'success' | 'error', text: string) => void;

function StudentReflection({ row, canWrite, say }: { row: Row; canWrite: boolean; say: Say }) {
  const { t } = useTranslation('mentor-teams');
  const utils = trpc.useUtils();
  const markRead = trpc.mentorTeams.markReflectionRead.useMutation({ onSuccess: () => utils.mentorTeams.invalidate() });
  const r = row.reflection;
  return (
    <li className="section reflection-item">
      <h2>{row.name}</h2>
      {r === null ? (
        <p className="muted">{t('weekReflections.none')}</p>
      ) : (
        <>
          <p className="prewrap">{r.body}</p>
          {r.nextStep && (
            <p className="prewrap">
              <strong>{t('weekReflections.nextStep')}</strong> {r.nextStep}
            </p>
          )}
          <p className="muted">
            {r.readAt !== null
              ? t('weekReflections.readBy', { name: r.readByName ?? '', when: showMoment(r.readAt) })
              : t('weekReflections.unread')}
          </p>
          {canWrite && r.readAt === null && (
            <Button
              variant="secondary"
              disabled={markRead.isPending}
              onClick={() =>
                markRead.mutate(
                  { id: r.id },
                  {
                    onSuccess: () => say('success', t('weekReflections.markedRead', { name: row.name })),
                    onError: (e) => say('error', errorDetails(e).message),
                  },
                )
              }
            >
              {t('weekReflections.markRead')}
              <span className="visually-hidden"> ({row.name})</span>
            </Button>
          )}
          {r.answer && (
            <blockquote className="reflection-answer">
              <p className="prewrap">{r.answer}</p>
              <footer className="muted">{r.answeredByName}</footer>
            </blockquote>
          )}
          {canWrite && <ReflectionAnswerForm id={r.id} name={row.name} answer={r.answer} say={say} />}
        </>
      )}
    </li>
  );
}

/** /mentorteams/:teamId/reflecties/:week — every reflection of the week on one page, one click from the week. */
export function WeekReflectionsPage() {
  const { t } = useTranslation('mentor-teams');
  const params = useParams();
  const teamId = Number(params.teamId);
  const week = params.week ?? '';
  const { data: me } = useMe();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const query = trpc.mentorTeams.weekReflections.useQuery({ teamId, week });
  const say: Say = (kind, text) => setMessage({ kind, text });
  return (
    <QueryState query={query}>
      {(data) => {
        const written = data.students.filter((s) => s.reflection !== null).length;
        return (
          <>
            <PageHeader
              title={t('weekReflections.title', { team: data.team.name, week: data.week.week })}
              intro={t('weekReflections.intro', { written, count: data.students.length })}
            />
            <TeamTabs teamId={data.team.id} teamName={data.team.name} />
            <p>
              <Link to={`/mentorteams/${data.team.id}?week=${data.week.key}`}>
                {t('weekReflections.back', { week: data.week.week })}
              </Link>
            </p>
            {message && <Notice kind={message.kind}>{message.text}</Notice>}
            <ul className="reflection-list">
              {[...data.students]
                .sort((a, b) => Number(b.reflection !== null) - Number(a.reflection !== null))
                .map((row) => (
                  <StudentReflection key={row.id} row={row} canWrite={can(me, 'mentorTeams.write')} say={say} />
                ))}
            </ul>
          </>
        );
      }}
    </QueryState>
  );
}
