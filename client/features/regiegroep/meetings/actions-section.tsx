import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../../lib/trpc';
import { useForm } from '../../../lib/use-form';
import { DataTable } from '../../../components/ui/data-table';
import { actionInputSchema, type ActionInput } from '../../../../shared/schemas/regiegroep';
import { FormFrame, Select, TextInput } from '../form-fields';
import { showDate } from '../format';
import { ActionStatusSelect, OverdueBadge } from '../actions-ui';
import type { MeetingData, Say } from './meeting-page';

function ActionForm({ data, say }: { data: MeetingData; say: Say }) {
  const { t } = useTranslation('regiegroep');
  const empty: ActionInput = { meetingId: data.meeting.id, decisionId: null, title: '', ownerUserId: 0, dueOn: '' };
  const { formRef, ...form } = useForm(actionInputSchema, empty);
  const add = trpc.regiegroep.addAction.useMutation();
  const utils = trpc.useUtils();
  const v = form.values;
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
    </FormFrame>
  );
}

/** Actions handed out at this meeting: owner, due date, status; overdue ones flagged. */
export function ActionsSection({ data, say }: { data: MeetingData; say: Say }) {
  const { t } = useTranslation('regiegroep');
  return (
    <section className="section" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('actions.title')}</h2>
      {data.actions.length === 0 ? (
        <p className="empty">{t('actions.none')}</p>
      ) : (
        <DataTable
          caption={t('actions.title')}
          rows={data.actions}
          rowKey={(a) => a.id}
          columns={[
            { header: t('actions.titleField'), cell: (a) => a.title },
            { header: t('actions.owner'), cell: (a) => a.ownerName },
            {
              header: t('actions.due'),
              cell: (a) => (
                <>
                  {showDate(a.dueOn)} {a.overdue && <OverdueBadge />}
                </>
              ),
            },
            {
              header: t('actions.status'),
              cell: (a) =>
                data.canEdit ? (
                  <ActionStatusSelect action={a} onError={(e) => say('error', errorDetails(e).message)} />
                ) : (
                  t(`actionStatuses.${a.status}`)
                ),
            },
          ]}
        />
      )}
      {data.canEdit && <ActionForm data={data} say={say} />}
    </section>
  );
}
