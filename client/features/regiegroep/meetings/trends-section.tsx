import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../../lib/trpc';
import { useForm } from '../../../lib/use-form';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { trendInputSchema } from '../../../../shared/schemas/regiegroep';
import { TREND_CIRCLES } from '../../../../shared/domain/regiegroep';
import { FormFrame, Select, TextArea, TextInput } from '../form-fields';
import type { MeetingData, Say } from './meeting-page';

function TrendForm({ meetingId, say }: { meetingId: number; say: Say }) {
  const { t } = useTranslation('regiegroep');
  // No circle chosen yet: the schema asks for one on saving.
  const empty = { meetingId, title: '', circle: undefined, description: '', implication: '' };
  const { formRef, ...form } = useForm(trendInputSchema, empty);
  const add = trpc.regiegroep.addTrend.useMutation();
  const utils = trpc.useUtils();
  const v = form.values;
  async function submit() {
    const value = form.validate();
    if (!value) return;
    try {
      await add.mutateAsync(value);
      // Emptied before the meeting refetches, keeping what was typed since sending (decision 103).
      form.saved(empty);
      say('success', t('trends.added', { title: value.title }));
      void utils.regiegroep.meeting.invalidate();
    } catch (e) {
      form.showServerError(e);
    }
  }
  return (
    <FormFrame
      title={t('trends.add')}
      formRef={formRef}
      errors={form.errors}
      formError={form.formError}
      busy={add.isPending}
      submitLabel={t('trends.addSubmit')}
      onSubmit={() => void submit()}
    >
      <TextInput
        label={t('trends.titleField')}
        value={v.title ?? ''}
        onChange={(x) => form.set('title', x)}
        error={form.errors.title}
      />
      <Select
        label={t('trends.circle')}
        value={v.circle ?? null}
        onChange={(x) => form.set('circle', x ?? undefined)}
        options={TREND_CIRCLES.map((c) => ({ value: c, label: t(`circles.${c}`) }))}
        error={form.errors.circle}
      />
      <TextArea
        label={t('trends.description')}
        hint={t('trends.descriptionHint')}
        value={v.description ?? ''}
        onChange={(x) => form.set('description', x)}
        error={form.errors.description}
        optional
      />
      <TextArea
        label={t('trends.implication')}
        hint={t('trends.implicationHint')}
        value={v.implication ?? ''}
        onChange={(x) => form.set('implication', x)}
        error={form.errors.implication}
        optional
      />
    </FormFrame>
  );
}

/** Trends & ontwikkelingen noted at this meeting, and what the students must learn for them. */
export function TrendsSection({ data, say }: { data: MeetingData; say: Say }) {
  const { t } = useTranslation('regiegroep');
  const remove = trpc.regiegroep.removeTrend.useMutation();
  const utils = trpc.useUtils();
  return (
    <section className="section" aria-labelledby="trends-title">
      <h2 id="trends-title">{t('trends.title')}</h2>
      {data.trends.length === 0 ? (
        <p className="empty">{t('trends.none')}</p>
      ) : (
        <ul className="plain trend-list">
          {data.trends.map((tr) => (
            <li key={tr.id}>
              <h3>
                {tr.title} <span className="badge">{t(`circles.${tr.circle}`)}</span>
              </h3>
              {tr.description && <p className="prewrap">{tr.description}</p>}
              {tr.implication && (
                <p className="prewrap">
                  <strong>{t('trends.implicationShort')}</strong> {tr.implication}
                </p>
              )}
              {data.canEdit && (
                <ConfirmButton
                  label={t('trends.remove')}
                  question={t('trends.removeQuestion', { title: tr.title })}
                  onConfirm={() =>
                    void remove
                      .mutateAsync({ id: tr.id })
                      .then(() => utils.regiegroep.meeting.invalidate())
                      .catch((e: unknown) => say('error', errorDetails(e).message))
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {data.canEdit && <TrendForm meetingId={data.meeting.id} say={say} />}
    </section>
  );
}
