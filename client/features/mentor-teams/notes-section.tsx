import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { Notice } from '../../components/ui/notice';
import { NoteEditor } from './note-editor';
import { showMoment } from './format';

type Note = RouterOutputs['mentorTeams']['student']['notes'][number];

/** The team's notes on a student; members add notes, authors edit or remove their own. */
export function NotesSection({
  teamId,
  studentId,
  notes,
  canWrite,
}: {
  teamId: number;
  studentId: number;
  notes: Note[];
  canWrite: boolean;
}) {
  const { t } = useTranslation('mentor-teams');
  const titleId = useId();
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const utils = trpc.useUtils();
  const refresh = () => utils.mentorTeams.student.invalidate({ teamId, studentId });
  const add = trpc.mentorTeams.addNote.useMutation();
  const update = trpc.mentorTeams.updateNote.useMutation({ onSuccess: refresh });
  const remove = trpc.mentorTeams.removeNote.useMutation({ onSuccess: refresh });

  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('studentPage.notes')}</h2>
      <p className="hint">{t('studentPage.notesHint')}</p>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {notes.length === 0 ? (
        <p className="empty">{t('studentPage.noNotes')}</p>
      ) : (
        <ul className="note-list">
          {notes.map((n) =>
            editing === n.id ? (
              <li key={n.id}>
                <NoteEditor
                  title={t('studentPage.editNote')}
                  initial={n}
                  onSave={async (v) => {
                    await update.mutateAsync({ id: n.id, revision: n.revision, ...v });
                    setEditing(null);
                    setStatus({ kind: 'success', text: t('studentPage.noteSaved') });
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={n.id}>
                <p className="prewrap">{n.body}</p>
                <p className="muted">
                  {t('studentPage.noteBy', { name: n.authorName, when: showMoment(n.createdAt) })} ·{' '}
                  <span className="badge">
                    {n.visibleToStudent ? t('studentPage.visibleBadge') : t('studentPage.teamOnly')}
                  </span>
                </p>
                {canWrite && n.mine && (
                  <span className="row-actions">
                    <Button variant="secondary" onClick={() => setEditing(n.id)}>
                      {t('studentPage.editNote')}
                    </Button>
                    <ConfirmButton
                      label={t('studentPage.removeNote')}
                      question={t('studentPage.reallyRemove')}
                      onConfirm={() =>
                        remove.mutate(
                          { id: n.id },
                          {
                            onSuccess: () => setStatus({ kind: 'success', text: t('studentPage.noteRemoved') }),
                            onError: (e) => setStatus({ kind: 'error', text: errorDetails(e).message }),
                          },
                        )
                      }
                    />
                  </span>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {canWrite && (
        <NoteEditor
          title={t('studentPage.addNote')}
          initial={{ body: '', visibleToStudent: false }}
          onSave={async (v) => {
            await add.mutateAsync({ teamId, studentId, ...v });
            setStatus({ kind: 'success', text: t('studentPage.noteSaved') });
            // Not awaited: the editor empties itself when this returns, before the new note shows (decision 103).
            void refresh();
          }}
        />
      )}
    </section>
  );
}
