import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../lib/trpc';
import { useForm, type FormDraft } from '../../../lib/use-form';
import {
  actionInputSchema,
  actionUpdateSchema,
  type ActionInput,
  type ActionUpdate,
} from '../../../../shared/schemas/regiegroep';
import { FormFrame, Select, TextInput } from '../form-fields';
import type { MeetingData, Say } from './meeting-page';

/** What adding and editing have in common: the action's own fields. */
type Fields = Omit<ActionInput, 'meetingId'>;
interface FieldsForm {
  values: FormDraft<Fields>;
  errors: Record<string, string>;
  set: <K extends keyof Fields>(name: K, value: Fields[K] | undefined) => void;
}

function ActionFields({ data, form }: { data: MeetingData; form: FieldsForm }) {
  const { t } = useTranslation('regiegroep');
  const v = form.values;
  return (
    <>
      <TextInput
        label={t('actions.titleField')}
        value={v.title ?? ''}
        onChange={(x) => form.set('title', x)}
        error={form.errors.title}
      />
      <Select
        label={t('actions.owner')}
        value={v.ownerUserId || null}
        onChange={(x) => form.set('ownerUserId', x ?? 0)}
        options={data.options.owners.map((o) => ({ value: o.userId, label: o.name }))}
        error={form.errors.ownerUserId}
      />
      <TextInput
        type="date"
        label={t('actions.due')}
        value={v.dueOn ?? ''}
        onChange={(x) => form.set('dueOn', x)}
        error={form.errors.dueOn}
      />
      <Select
        label={t('actions.decision')}
        value={v.decisionId ?? null}
        onChange={(x) => form.set('decisionId', x)}
        noneLabel={t('actions.noDecision')}
        options={data.decisions.map((d, i) => ({ value: d.id, label: `${i + 1}. ${d.text.slice(0, 80)}` }))}
        error={form.errors.decisionId}
        optional
      />
    </>
  );
}

/** Hands out a new action at this meeting. */
export function ActionForm({ data, say }: { data: MeetingData; say: Say }) {
  const { t } = useTranslation('regiegroep');
  const empty: ActionInput = { meetingId: data.meeting.id, decisionId: null, title: '', ownerUserId: 0, dueOn: '' };
  const { formRef, ...form } = useForm(actionInputSchema, empty);
  const add = trpc.regiegroep.addAction.useMutation();
  const utils = trpc.useUtils();
  async function submit() {
    const value = form.validate();
    if (!value) return;
    try {
      await add.mutateAsync(value);
      // Emptied before the lists refetch, keeping what was typed since sending (decision 103).
      form.saved(empty);
      say('success', t('actions.added', { title: value.title }));
      void utils.regiegroep.invalidate();
    } catch (e) {
      form.showServerError(e);
    }
  }
  return (
    <FormFrame
      title={t('actions.add')}
      formRef={formRef}
      errors={form.errors}
      formError={form.formError}
      busy={add.isPending}
      submitLabel={t('actions.addSubmit')}
      onSubmit={() => void submit()}
    >
      <ActionFields data={data} form={form} />
    </FormFrame>
  );
}

/**
 * Edits an action: what, who, when and the decision it follows from (its status has its own select in
 * the list). A save over someone else's newer one is refused at the form, naming who (decision 071).
 */
export function ActionEditForm({
  data,
  initial,
  say,
  onDone,
  onCancel,
}: {
  data: MeetingData;
  initial: ActionUpdate;
  say: Say;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('regiegroep');
  const { formRef, ...form } = useForm(actionUpdateSchema, initial);
  // the shared fields are typed by the create schema; the update schema has the same fields (and id, revision)
  const editFields: FieldsForm = {
    values: form.values,
    errors: form.errors,
    set: (name, value) => form.set(name, value as ActionUpdate[typeof name]),
  };
  // opened from the action's edit button: focus goes to its first field
  useEffect(() => formRef.current?.querySelector('input')?.focus(), [formRef]);
  const update = trpc.regiegroep.updateAction.useMutation();
  const utils = trpc.useUtils();
  async function submit() {
    const value = form.validate();
    if (!value) return;
    try {
      await update.mutateAsync(value);
      say('success', t('actions.updated', { title: value.title }));
      onDone();
      void utils.regiegroep.invalidate();
    } catch (e) {
      form.showServerError(e);
    }
  }
  return (
    <FormFrame
      title={t('actions.edit', { title: initial.title })}
      formRef={formRef}
      errors={form.errors}
      formError={form.formError}
      conflict={form.conflict}
      busy={update.isPending}
      submitLabel={t('actions.save')}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <ActionFields data={data} form={editFields} />
    </FormFrame>
  );
}
