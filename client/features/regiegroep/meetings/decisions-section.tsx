import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, isConflictCode } from '../../../lib/trpc';
import { useForm } from '../../../lib/use-form';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { decisionInputSchema, type DecisionInput } from '../../../../shared/schemas/regiegroep';
import { PROGRAMME_CHANGES } from '../../../../shared/domain/regiegroep';
import { FormFrame, Select, TextArea } from '../form-fields';
import { RefLabel } from './ref-label';
import type { MeetingData, Say } from './meeting-page';

function DecisionForm({ data, say }: { data: MeetingData; say: Say }) {
  const { t } = useTranslation('regiegroep');
  const empty: DecisionInput = {
    meetingId: data.meeting.id,
    agendaItemId: null,
    subjectKind: null,
    subjectId: null,
    text: '',
    programmeId: null,
    programmeChange: null,
    programmeChangeNote: '',
  };
  const { formRef, ...form } = useForm(decisionInputSchema, empty);
  const record = trpc.regiegroep.recordDecision.useMutation();
  const utils = trpc.useUtils();
  const v = form.values;
  async function submit() {
    const value = form.validate();
    if (!value) return;
    try {
      await record.mutateAsync(value);
      // Emptied before the lists refetch, keeping what was typed since sending (decision 103).
      form.saved(empty);
      say('success', t('decisions.recorded'));
      void Promise.all([utils.regiegroep.invalidate(), utils.mentorTeams.invalidate(), utils.knowledge.invalidate()]);
    } catch (e) {
      form.showServerError(e);
    }
  }
  return (
    <FormFrame
      title={t('decisions.record')}
      formRef={formRef}
      errors={form.errors}
      formError={form.formError}
      busy={record.isPending}
      submitLabel={t('decisions.recordSubmit')}
      onSubmit={() => void submit()}
    >
      <Select
        label={t('decisions.agendaItem')}
        hint={t('decisions.agendaItemHint')}
        value={v.agendaItemId ?? null}
        onChange={(x) => form.set('agendaItemId', x)}
        noneLabel={t('decisions.noItem')}
        options={data.agenda.map((i) => ({ value: i.id, label: `${i.position}. ${i.title}` }))}
        error={form.errors.agendaItemId}
        optional
      />
      <TextArea
        label={t('decisions.text')}
        value={v.text ?? ''}
        onChange={(x) => form.set('text', x)}
        error={form.errors.text}
      />
      <Select
        label={t('decisions.programme')}
        hint={t('decisions.programmeHint')}
        value={v.programmeId ?? null}
        onChange={(x) => form.set('programmeId', x)}
        noneLabel={t('decisions.noProgramme')}
        options={data.options.programmes.map((p) => ({ value: p.id, label: p.name }))}
        error={form.errors.programmeId}
        optional
      />
      <Select
        label={t('decisions.change')}
        value={v.programmeChange ?? null}
        onChange={(x) => form.set('programmeChange', x)}
        noneLabel={t('decisions.noChange')}
        options={PROGRAMME_CHANGES.map((c) => ({ value: c, label: t(`programmeChanges.${c}`) }))}
        error={form.errors.programmeChange}
        optional
      />
      {v.programmeId !== null && (
        <TextArea
          label={t('decisions.changeNote')}
          value={v.programmeChangeNote ?? ''}
          onChange={(x) => form.set('programmeChangeNote', x)}
          error={form.errors.programmeChangeNote}
          optional
        />
      )}
    </FormFrame>
  );
}

/** Decisions of this meeting, each traced to what it decides on and, where it does, the programme it changes. */
export function DecisionsSection({ data, say }: { data: MeetingData; say: Say }) {
  const { t } = useTranslation('regiegroep');
  const remove = trpc.regiegroep.removeDecision.useMutation();
  const utils = trpc.useUtils();
  return (
    <section className="section" aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t('decisions.title')}</h2>
      {data.decisions.length === 0 ? (
        <p className="empty">{t('decisions.none')}</p>
      ) : (
        <ol className="decision-list">
          {data.decisions.map((d) => (
            <li key={d.id}>
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
              {data.canEdit && (
                <ConfirmButton
                  label={t('decisions.remove')}
                  question={t('decisions.removeQuestion')}
                  onConfirm={() =>
                    void remove
                      .mutateAsync({ id: d.id, revision: d.revision })
                      .then(() => utils.regiegroep.invalidate())
                      .then(() => say('success', t('decisions.removed')))
                      .catch(async (e: unknown) => {
                        // changed by someone else since it was shown: show theirs, and who it was
                        if (isConflictCode(e)) await utils.regiegroep.invalidate();
                        say('error', errorDetails(e).message);
                      })
                  }
                />
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
