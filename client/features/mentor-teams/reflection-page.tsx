import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Notice } from '../../components/ui/notice';
import { ReflectionForm } from './reflection-form';
import { showMoment } from './format';
import './mentor-teams.css';

/** The student's own page: this week's reflection, earlier ones, and what the mentor team wrote for them. */
export function ReflectionPage() {
  const { t } = useTranslation('mentor-teams');
  const query = trpc.mentorTeams.myReflections.useQuery();
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <>
      <PageHeader title={t('reflection.title')} intro={t('reflection.intro')} />
      <QueryState query={query}>
        {(mine) =>
          mine === null ? (
            <p>{t('reflection.noRecord')}</p>
          ) : (
            <>
              <p>{mine.teamName ? t('reflection.team', { team: mine.teamName }) : t('reflection.noTeam')}</p>
              {saved !== null && <Notice kind="success">{t('reflection.saved', { week: saved })}</Notice>}
              <Section title={t('reflection.title')}>
                <ReflectionForm mine={mine} onSaved={setSaved} />
              </Section>
              <Section title={t('reflection.notes')}>
                {mine.notes.length === 0 ? (
                  <p className="empty">{t('reflection.noNotes')}</p>
                ) : (
                  <ul className="note-list">
                    {mine.notes.map((n) => (
                      <li key={n.id}>
                        <p className="prewrap">{n.body}</p>
                        <p className="muted">
                          {t('studentPage.noteBy', { name: n.authorName, when: showMoment(n.createdAt) })}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
              <Section title={t('reflection.earlier')}>
                {mine.reflections.length === 0 ? (
                  <p className="empty">{t('reflection.none')}</p>
                ) : (
                  <ul className="note-list">
                    {mine.reflections.map((r) => (
                      <li key={r.id}>
                        <h3>{t('weekOfYear', { week: r.isoWeek, year: r.isoYear })}</h3>
                        <p className="prewrap">{r.body}</p>
                        {r.nextStep && (
                          <p>
                            <strong>{t('studentPage.nextStep')}:</strong> {r.nextStep}
                          </p>
                        )}
                        <p className="muted">{r.readAt !== null ? t('reflection.read') : t('reflection.unread')}</p>
                        {r.answer && (
                          <blockquote className="reflection-answer">
                            <p>
                              <strong>{t('reflection.answerOf', { name: r.answeredByName ?? '' })}</strong>
                            </p>
                            <p className="prewrap">{r.answer}</p>
                          </blockquote>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
            </>
          )
        }
      </QueryState>
    </>
  );
}
