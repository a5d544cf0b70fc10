import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../lib/trpc';
import { useForm, type FormDraft } from '../../../lib/use-form';
import {
  decisionInputSchema,
  decisionUpdateSchema,
  type DecisionInput,
  type DecisionUpdate,
} from '../../../../shared/schemas/regiegroep';
import { PROGRAMME_CHANGES } from '../../../../shared/domain/regiegroep';
import { FormFrame, Select, TextArea } from '../form-fields';
import type { MeetingData, Say } from './meeting-page';

/** What recording and editing have in common: the decision's own fields. */
type Fields = Omit<DecisionInput, 'meetingId'>;
interface FieldsForm {
  values: FormDraft<Fields>;
  errors: Record<string, string>;
  set: <K extends keyof Fields>(name: K, value: Fields[K] | undefined) => void;
}

/** The fields of a decision, the same when it is recorded and when it is edited. */
function DecisionFields({ data, form }: { data: MeetingData; form: FieldsForm }) {
  const { t } = useTranslation('regiegroep');
  const v = form.values;
  return (
    <>
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
      {v.programmeId != null && (
        <TextArea
          label={t('decisions.changeNote')}
          value={v.programmeChangeNote ?? ''}
          onChange={(x) => form.set('programmeChangeNote', x)}
          error={form.errors.programmeChangeNote}
          optional
        />
      )}
    </>
  );
}

/** Records a new decision of this meeting. */
export function DecisionForm({ data, say }: { data: MeetingData; say: Say }) {
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
      <DecisionFields data={data} form={form} />
    </FormFrame>
  );
}

/**
 * Edits a recorded decision in place. A save over someone else's newer one is refused and shown at the
 * form with who saved and when; "keep mine" puts this version over theirs (decision 071).
 */
export function DecisionEditForm({
  data,
  initial,
  say,
  onDone,
  onCancel,
}: {
  data: MeetingData;
  initial: DecisionUpdate;
  say: Say;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('regiegroep');
  const { formRef, ...form } = useForm(decisionUpdateSchema, initial);
  // the shared fields are typed by the create schema; the update schema has the same fields (and id, revision)
  const editFields: FieldsForm = {
    values: form.values,
    errors: form.errors,
    set: (name, value) => form.set(name, value as DecisionUpdate[typeof name]),
  };
  // opened from the decision's edit button, which it replaces: focus goes to the decision's text
  useEffect(() => formRef.current?.querySelector('textarea')?.focus(), [formRef]);
  const update = trpc.regiegroep.updateDecision.useMutation();
  const utils = trpc.useUtils();
  async function submit() {
    const value = form.validate();
    if (!value) return;
    try {
      await update.mutateAsync(value);
      say('success', t('decisions.updated'));
      onDone();
      void Promise.all([utils.regiegroep.invalidate(), utils.mentorTeams.invalidate(), utils.knowledge.invalidate()]);
    } catch (e) {
      form.showServerError(e);
    }
  }
  return (
    <FormFrame
      title={t('decisions.edit')}
      formRef={formRef}
      errors={form.errors}
      formError={form.formError}
      conflict={form.conflict}
      busy={update.isPending}
      submitLabel={t('decisions.save')}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <DecisionFields data={data} form={editFields} />
    </FormFrame>
  );
}
