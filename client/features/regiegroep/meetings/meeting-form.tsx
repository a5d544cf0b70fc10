import { useTranslation } from 'react-i18next';
import { trpc } from '../../../lib/trpc';
import { useForm } from '../../../lib/use-form';
import { meetingInputSchema, meetingUpdateSchema, type MeetingUpdate } from '../../../../shared/schemas/regiegroep';
import { MEETING_STATUSES } from '../../../../shared/domain/regiegroep';
import { FormFrame, Select, TextArea, TextInput } from '../form-fields';

/** Schedules a meeting: day, time, place and title. */
export function ScheduleForm({ onDone, onCancel }: { onDone: (id: number) => void; onCancel: () => void }) {
  const { t } = useTranslation('regiegroep');
  const { formRef, ...form } = useForm(meetingInputSchema, {
    heldOn: '',
    startsAt: '',
    place: '',
    title: t('meetings.defaultTitle'),
  });
  const create = trpc.regiegroep.createMeeting.useMutation();
  const utils = trpc.useUtils();
  const v = form.values;
  async function submit() {
    const value = form.validate();
    if (!value) return;
    try {
      const { id } = await create.mutateAsync(value);
      await utils.regiegroep.invalidate();
      onDone(id);
    } catch (e) {
      form.showServerError(e);
    }
  }
  return (
    <FormFrame
      title={t('meetings.schedule')}
      formRef={formRef}
      errors={form.errors}
      formError={form.formError}
      busy={create.isPending}
      submitLabel={t('meetings.scheduleSubmit')}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      headingLevel={2}
    >
      <TextInput
        label={t('meetings.title')}
        value={v.title ?? ''}
        onChange={(x) => form.set('title', x)}
        error={form.errors.title}
      />
      <TextInput
        type="date"
        label={t('meetings.date')}
        value={v.heldOn ?? ''}
        onChange={(x) => form.set('heldOn', x)}
        error={form.errors.heldOn}
      />
      <TextInput
        label={t('meetings.time')}
        hint={t('meetings.timeHint')}
        value={v.startsAt ?? ''}
        onChange={(x) => form.set('startsAt', x)}
        error={form.errors.startsAt}
        optional
      />
      <TextInput
        label={t('meetings.place')}
        value={v.place ?? ''}
        onChange={(x) => form.set('place', x)}
        error={form.errors.place}
        optional
      />
    </FormFrame>
  );
}

/** Edits a meeting: its details, its status and the minutes. */
export function MeetingEditForm({
  initial,
  onDone,
  onCancel,
}: {
  initial: MeetingUpdate;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('regiegroep');
  const { formRef, ...form } = useForm(meetingUpdateSchema, initial);
  const update = trpc.regiegroep.updateMeeting.useMutation();
  const utils = trpc.useUtils();
  const v = form.values;
  async function submit() {
    const value = form.validate();
    if (!value) return;
    try {
      await update.mutateAsync(value);
      await utils.regiegroep.invalidate();
      onDone();
    } catch (e) {
      form.showServerError(e);
    }
  }
  return (
    <FormFrame
      title={t('meetings.edit')}
      formRef={formRef}
      errors={form.errors}
      formError={form.formError}
      busy={update.isPending}
      submitLabel={t('meetings.save')}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextInput
        label={t('meetings.title')}
        value={v.title ?? ''}
        onChange={(x) => form.set('title', x)}
        error={form.errors.title}
      />
      <TextInput
        type="date"
        label={t('meetings.date')}
        value={v.heldOn ?? ''}
        onChange={(x) => form.set('heldOn', x)}
        error={form.errors.heldOn}
      />
      <TextInput
        label={t('meetings.time')}
        hint={t('meetings.timeHint')}
        value={v.startsAt ?? ''}
        onChange={(x) => form.set('startsAt', x)}
        error={form.errors.startsAt}
        optional
      />
      <TextInput
        label={t('meetings.place')}
        value={v.place ?? ''}
        onChange={(x) => form.set('place', x)}
        error={form.errors.place}
        optional
      />
      <Select
        label={t('meetings.status')}
        value={v.status ?? null}
        onChange={(x) => x && form.set('status', x)}
        options={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetingStatuses.${s}`) }))}
        error={form.errors.status}
      />
      <TextArea
        label={t('meetings.minutes')}
        rows={6}
        value={v.minutes ?? ''}
        onChange={(x) => form.set('minutes', x)}
        error={form.errors.minutes}
        optional
      />
    </FormFrame>
  );
}
