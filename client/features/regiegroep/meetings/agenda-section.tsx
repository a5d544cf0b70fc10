import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, isConflictCode } from '../../../lib/trpc';
import { useForm } from '../../../lib/use-form';
import { Button } from '../../../components/ui/button';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import {
  agendaItemInputSchema,
  agendaItemUpdateSchema,
  type AgendaItemInput,
} from '../../../../shared/schemas/regiegroep';
import { FormFrame, TextArea, TextInput } from '../form-fields';
import { RefLabel } from './ref-label';
import type { MeetingData, Say } from './meeting-page';

type Item = MeetingData['agenda'][number];

function ItemEditForm({ item, onDone }: { item: Item; onDone: () => void }) {
  const { t } = useTranslation('regiegroep');
  const { formRef, ...form } = useForm(agendaItemUpdateSchema, {
    id: item.id,
    revision: item.revision,
    title: item.title,
    note: item.note,
  });
  const update = trpc.regiegroep.updateAgendaItem.useMutation();
  const utils = trpc.useUtils();
  async function submit() {
    const value = form.validate();
    if (!value) return;
    try {
      await update.mutateAsync(value);
      await utils.regiegroep.meeting.invalidate();
      onDone();
    } catch (e) {
      form.showServerError(e);
    }
  }
  return (
    <FormFrame
      title={t('agenda.editItem', { title: item.title })}
      formRef={formRef}
      errors={form.errors}
      formError={form.formError}
      conflict={form.conflict}
      busy={update.isPending}
      submitLabel={t('agenda.saveItem')}
      onSubmit={() => void submit()}
      onCancel={onDone}
    >
      <TextInput
        label={t('agenda.itemTitle')}
        value={form.values.title ?? ''}
        onChange={(x) => form.set('title', x)}
        error={form.errors.title}
      />
      <TextArea
        label={t('agenda.note')}
        value={form.values.note ?? ''}
        onChange={(x) => form.set('note', x)}
        error={form.errors.note}
        optional
      />
    </FormFrame>
  );
}

function FreeItemForm({ meetingId, say }: { meetingId: number; say: Say }) {
  const { t } = useTranslation('regiegroep');
  const empty: AgendaItemInput = { meetingId, kind: 'vrij', refId: null, title: '', note: '' };
  const { formRef, ...form } = useForm(agendaItemInputSchema, empty);
  const add = trpc.regiegroep.addAgendaItem.useMutation();
  const utils = trpc.useUtils();
  async function submit() {
    const value = form.validate();
    if (!value) return;
    try {
      await add.mutateAsync(value);
      // Emptied before the agenda refetches, keeping what was typed since sending (decision 103).
      form.saved(empty);
      say('success', t('agenda.added', { title: value.title }));
      void utils.regiegroep.meeting.invalidate();
    } catch (e) {
      form.showServerError(e);
    }
  }
  return (
    <FormFrame
      title={t('agenda.freeItem')}
      formRef={formRef}
      errors={form.errors}
      formError={form.formError}
      busy={add.isPending}
      submitLabel={t('agenda.addFree')}
      onSubmit={() => void submit()}
    >
      <TextInput
        label={t('agenda.itemTitle')}
        value={form.values.title ?? ''}
        onChange={(x) => form.set('title', x)}
        error={form.errors.title}
      />
      <TextArea
        label={t('agenda.note')}
        value={form.values.note ?? ''}
        onChange={(x) => form.set('note', x)}
        error={form.errors.note}
        optional
      />
    </FormFrame>
  );
}

/** The agenda in order; the chair moves items up and down, edits, removes and adds free items. */
export function AgendaSection({ data, say }: { data: MeetingData; say: Say }) {
  const { t } = useTranslation('regiegroep');
  const utils = trpc.useUtils();
  const reorder = trpc.regiegroep.reorderAgenda.useMutation();
  const remove = trpc.regiegroep.removeAgendaItem.useMutation();
  const [editing, setEditing] = useState<number | null>(null);
  const items = data.agenda;
  const run = async (work: Promise<unknown>, ok: string) => {
    try {
      await work;
      await utils.regiegroep.meeting.invalidate();
      say('success', ok);
    } catch (e) {
      // a conflict names who changed the agenda; the agenda shown becomes theirs (decision 079)
      if (isConflictCode(e)) await utils.regiegroep.meeting.invalidate();
      say('error', errorDetails(e).message);
    }
  };
  const move = (index: number, by: -1 | 1) => {
    const order = items.map((i) => ({ id: i.id, revision: i.revision }));
    [order[index], order[index + by]] = [order[index + by]!, order[index]!];
    void run(
      reorder.mutateAsync({ meetingId: data.meeting.id, items: order }),
      t('agenda.moved', { title: items[index]!.title }),
    );
  };
  return (
    <section className="section" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      {items.length === 0 ? (
        <p className="empty">{t('agenda.empty')}</p>
      ) : (
        <ol className="agenda">
          {items.map((item, i) => (
            <li key={item.id}>
              <div className="agenda-item">
                <div>
                  <strong>{item.title}</strong>
                  {item.ref && (
                    <div>
                      <RefLabel kind={item.kind} refId={item.refId} refInfo={item.ref} />
                    </div>
                  )}
                  {item.note && <p className="prewrap agenda-note">{item.note}</p>}
                </div>
                {data.canEdit && (
                  <div className="row-actions">
                    <Button
                      variant="secondary"
                      disabled={i === 0 || reorder.isPending}
                      onClick={() => move(i, -1)}
                      aria-label={t('agenda.up', { title: item.title })}
                    >
                      ↑
                    </Button>
                    <Button
                      variant="secondary"
                      disabled={i === items.length - 1 || reorder.isPending}
                      onClick={() => move(i, 1)}
                      aria-label={t('agenda.down', { title: item.title })}
                    >
                      ↓
                    </Button>
                    <Button
                      variant="secondary"
                      onClick={() => setEditing(item.id)}
                      aria-label={t('agenda.editItem', { title: item.title })}
                    >
                      {t('agenda.edit')}
                    </Button>
                    <ConfirmButton
                      label={t('agenda.remove')}
                      question={t('agenda.removeQuestion', { title: item.title })}
                      onConfirm={() =>
                        void run(
                          remove.mutateAsync({ id: item.id, revision: item.revision }),
                          t('agenda.removed', { title: item.title }),
                        )
                      }
                    />
                  </div>
                )}
              </div>
              {editing === item.id && <ItemEditForm item={item} onDone={() => setEditing(null)} />}
            </li>
          ))}
        </ol>
      )}
      {data.canEdit && <FreeItemForm meetingId={data.meeting.id} say={say} />}
    </section>
  );
}
