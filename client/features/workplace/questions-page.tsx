import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { QUESTION_STATUSES, type QuestionStatus } from '../../../shared/domain/workplace';

/** For the mentor team: the werkbegeleiders' questions about their class, to pick up and close. */
export function WorkplaceQuestionsPage() {
  const { t } = useTranslation('workplace');
  const query = trpc.workplace.questions.useQuery();
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  return (
    <>
      <PageHeader title={t('questions.title')} intro={t('questions.intro')} />
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <QueryState query={query}>
        {(questions) =>
          questions.length === 0 ? (
            <p className="empty">{t('questions.none')}</p>
          ) : (
            <ul className="plain">
              {questions.map((q) => (
                <li key={q.id}>
                  <p className="prewrap">{q.body}</p>
                  <p className="muted">
                    {t('questions.meta', {
                      student: q.studentName,
                      author: q.authorName,
                      location: q.locationName,
                      when: formatDateTime(q.createdAt),
                    })}
                  </p>
                  <p>{t('questions.status', { status: t(`questions.statuses.${q.status}`) })}</p>
                  <MoveForm question={q} onDone={(kind, text) => setNotice({ kind, text })} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}

function MoveForm({
  question,
  onDone,
}: {
  question: { id: number; revision: number; status: string; studentName: string };
  onDone: (kind: 'success' | 'error', text: string) => void;
}) {
  const { t } = useTranslation('workplace');
  const next = QUESTION_STATUSES.slice(QUESTION_STATUSES.indexOf(question.status as QuestionStatus) + 1);
  const [to, setTo] = useState<QuestionStatus | undefined>(next[0]);
  const utils = trpc.useUtils();
  const move = trpc.workplace.setQuestionStatus.useMutation({ onSuccess: () => utils.workplace.invalidate() });
  if (!to) return null;
  return (
    <form
      className="form-grid status-form"
      aria-label={`${t('questions.move')}: ${question.studentName}`}
      onSubmit={(event) => {
        event.preventDefault();
        move.mutate(
          { id: question.id, revision: question.revision, status: to },
          {
            onSuccess: () => onDone('success', t('questions.moved', { status: t(`questions.statuses.${to}`) })),
            onError: (e) => onDone('error', errorDetails(e).message),
          },
        );
      }}
    >
      <Field label={t('questions.moveTo')}>
        {(aria) => (
          <select {...aria} value={to} onChange={(e) => setTo(e.target.value as QuestionStatus)}>
            {next.map((s) => (
              <option key={s} value={s}>
                {t(`questions.statuses.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field">
        <Button type="submit" disabled={move.isPending}>
          {t('questions.move')}
        </Button>
      </div>
    </form>
  );
}
