import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, isConflictCode } from '../../../lib/trpc';
import { useInlineEditor } from '../../../lib/use-inline-editor';
import { Button } from '../../../components/ui/button';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { RefLabel } from './ref-label';
import { DecisionEditForm, DecisionForm } from './decision-form';
import type { MeetingData, Say } from './meeting-page';

type Decision = MeetingData['decisions'][number];

function DecisionText({ d }: { d: Decision }) {
  const { t } = useTranslation('regiegroep');
  return (
    <>
      <p className="decision-text">{d.text}</p>
      {d.subject && d.subjectKind && (
        <p>
          {t('decisions.about')} <RefLabel kind={d.subjectKind} refId={d.subjectId} refInfo={d.subject} />
        </p>
      )}
      {d.programmeName && d.programmeChange && (
        <p>
          <span className="badge programme-change">
            {t('decisions.changes', {
              programme: d.programmeName,
              change: t(`programmeChanges.${d.programmeChange}`),
            })}
          </span>
          {d.programmeChangeNote && <span> {d.programmeChangeNote}</span>}
        </p>
      )}
    </>
  );
}

/** Decisions of this meeting, each traced to what it decides on and, where it does, the programme it changes. */
export function DecisionsSection({ data, say }: { data: MeetingData; say: Say }) {
  const { t } = useTranslation('regiegroep');
  const remove = trpc.regiegroep.removeDecision.useMutation();
  const utils = trpc.useUtils();
  const editor = useInlineEditor('decision-edit');
  return (
    <section className="section" aria-labelledby="decisions-title">
      <h2 id="decisions-title" tabIndex={-1}>
        {t('decisions.title')}
      </h2>
      {data.decisions.length === 0 ? (
        <p className="empty">{t('decisions.none')}</p>
      ) : (
        <ol className="decision-list">
          {data.decisions.map((d) => (
            <li key={d.id}>
              {editor.editing === d.id ? (
                <DecisionEditForm
                  data={data}
                  initial={{
                    id: d.id,
                    revision: d.revision,
                    agendaItemId: d.agendaItemId,
                    subjectKind: d.subjectKind,
                    subjectId: d.subjectId,
                    text: d.text,
                    programmeId: d.programmeId,
                    programmeChange: d.programmeChange,
                    programmeChangeNote: d.programmeChangeNote,
                  }}
                  say={say}
                  onDone={() => editor.close(d.id)}
                  onCancel={() => editor.close(d.id)}
                />
              ) : (
                <DecisionText d={d} />
              )}
              {data.canEdit && editor.editing !== d.id && (
                <p>
                  <Button id={editor.buttonId(d.id)} variant="secondary" onClick={() => editor.open(d.id)}>
                    {t('decisions.edit')}
                  </Button>{' '}
                  <ConfirmButton
                    label={t('decisions.remove')}
                    question={t('decisions.removeQuestion')}
                    onConfirm={() =>
                      void remove
                        .mutateAsync({ id: d.id, revision: d.revision })
                        .then(() => utils.regiegroep.invalidate())
                        .then(() => say('success', t('decisions.removed')))
                        // its item is gone with the button that had focus: keyboard users go on from the heading
                        .then(() => document.getElementById('decisions-title')?.focus())
                        .catch(async (e: unknown) => {
                          // changed by someone else since it was shown: show theirs, and who it was
                          if (isConflictCode(e)) await utils.regiegroep.invalidate();
                          say('error', errorDetails(e).message);
                        })
                    }
                  />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {data.canDecide ? (
        <DecisionForm data={data} say={say} />
      ) : (
        data.canEdit && <p className="muted">{t('decisions.notYet')}</p>
      )}
    </section>
  );
}
