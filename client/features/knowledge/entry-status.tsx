import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { entryStatusSchema } from '../../../shared/schemas/knowledge';
import { ENTRY_STATUSES, type EntryStatus } from '../../../shared/domain/knowledge';
import { dutchDate, localToday } from './knowledge-ui';
import type { EntryDetail } from './entry-page';

/** open → besproken → besluit genomen → opgelost / geparkeerd, each change with its date and who. */
export function EntryStatusSection({ entry: e }: { entry: EntryDetail }) {
  const { t } = useTranslation('knowledge');
  const [done, setDone] = useState<string | null>(null);
  return (
    <Section title={t('status.title')} id="status">
      {done && <Notice kind="success">{done}</Notice>}
      <DataTable
        caption={t('status.title')}
        rows={[...e.history].reverse()}
        rowKey={(h) => h.id}
        columns={[
          { header: t('fields.date'), cell: (h) => dutchDate(h.changedOn) },
          { header: t('fields.status'), cell: (h) => t(`statuses.${h.toStatus}`) },
          { header: t('ladder.by'), cell: (h) => h.changedByName },
          { header: t('fields.note'), cell: (h) => h.note || '—' },
        ]}
      />
      {/* A new form after every change, so its choices follow the new status. */}
      {e.canEdit && <StatusForm key={e.history.length} entry={e} onDone={setDone} />}
    </Section>
  );
}

function StatusForm({ entry: e, onDone }: { entry: EntryDetail; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('knowledge');
  const utils = trpc.useUtils();
  const change = trpc.knowledge.setEntryStatus.useMutation();
  const next =
    ENTRY_STATUSES.find((s) => s !== e.status && ENTRY_STATUSES.indexOf(s) > ENTRY_STATUSES.indexOf(e.status)) ??
    'open';
  const initial = { id: e.id, revision: e.revision, status: next, note: '', on: localToday() };
  const { formRef, ...form } = useForm(entryStatusSchema, initial);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    try {
      await change.mutateAsync(value);
      onDone(t('status.changed', { status: t(`statuses.${value.status}`) }));
      await utils.knowledge.invalidate();
    } catch (error) {
      onDone(null);
      form.showServerError(error);
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      className="entity-form"
      aria-label={t('status.formTitle')}
    >
      <h3>{t('status.formTitle')}</h3>
      {form.formError && <Notice kind="error">{form.formError}</Notice>}
      <div className="form-grid">
        <Field label={t('status.newStatus')} error={form.errors.status}>
          {(aria) => (
            <select
              {...aria}
              value={form.values.status}
              onChange={(ev) => form.set('status', ev.target.value as EntryStatus)}
            >
              {ENTRY_STATUSES.filter((s) => s !== e.status).map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.date')} error={form.errors.on}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={form.values.on ?? ''}
              onChange={(ev) => form.set('on', ev.target.value || undefined)}
            />
          )}
        </Field>
      </div>
      <Field label={t('fields.note')} optional error={form.errors.note}>
        {(aria) => (
          <textarea
            {...aria}
            rows={2}
            value={form.values.note ?? ''}
            onChange={(ev) => form.set('note', ev.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" disabled={change.isPending}>
          {t('status.submit')}
        </Button>
      </div>
    </form>
  );
}
