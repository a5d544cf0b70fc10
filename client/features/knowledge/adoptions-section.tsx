import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { DataTable } from '../../components/ui/data-table';
import { Field } from '../../components/ui/field';
import { FormErrors, Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { adoptionInputSchema } from '../../../shared/schemas/knowledge';
import { LocationOptions, dutchDate, localToday, useKnowledgeOptions } from './knowledge-ui';
import type { PrincipleDetail } from './principle-page';

type Adoption = PrincipleDetail['adoptions'][number];

/** Where the principle was taken up: location, date, the adaptation made there and the outcome. */
export function AdoptionsSection({ principle: p, canWrite }: { principle: PrincipleDetail; canWrite: boolean }) {
  const { t } = useTranslation('knowledge');
  const utils = trpc.useUtils();
  const remove = trpc.knowledge.removeAdoption.useMutation();
  const [editing, setEditing] = useState<Adoption | 'new' | null>(null);
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const done = async (text: string) => {
    await utils.knowledge.invalidate();
    setEditing(null);
    setStatus({ kind: 'success', text });
  };

  return (
    <Section title={t('adoptions.title')} id="overnames">
      <p className="muted">{t('adoptions.intro')}</p>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <DataTable
        caption={t('adoptions.title')}
        rows={p.adoptions}
        rowKey={(a) => a.id}
        columns={[
          { header: t('fields.location'), cell: (a) => a.locationName },
          { header: t('fields.adoptedOn'), cell: (a) => dutchDate(a.adoptedOn) },
          { header: t('fields.adaptation'), cell: (a) => <span className="prose">{a.adaptation || '—'}</span> },
          { header: t('fields.outcome'), cell: (a) => <span className="prose">{a.outcome || '—'}</span> },
          ...(canWrite
            ? [
                {
                  header: t('fields.actions'),
                  cell: (a: Adoption) =>
                    a.canEdit ? (
                      <span className="row-actions">
                        <Button
                          variant="secondary"
                          onClick={() => setEditing(a)}
                          aria-label={`${t('common:actions.edit')}: ${a.locationName}`}
                        >
                          {t('common:actions.edit')}
                        </Button>
                        <ConfirmButton
                          label={t('common:actions.delete')}
                          question={t('common:actions.reallyDelete', { name: a.locationName })}
                          onConfirm={() =>
                            void remove.mutateAsync({ id: a.id }).then(
                              () => done(t('common:state.deleted')),
                              (e: unknown) => setStatus({ kind: 'error', text: errorDetails(e).message }),
                            )
                          }
                        />
                      </span>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {canWrite && editing === null && (
        <Button
          variant="secondary"
          onClick={() => {
            setStatus(null);
            setEditing('new');
          }}
        >
          {t('adoptions.add')}
        </Button>
      )}
      {editing !== null && (
        <AdoptionForm
          key={editing === 'new' ? 'new' : editing.id}
          principle={p}
          adoption={editing === 'new' ? null : editing}
          onDone={() => done(t('common:state.saved'))}
          onCancel={() => setEditing(null)}
        />
      )}
    </Section>
  );
}

function AdoptionForm({
  principle: p,
  adoption,
  onDone,
  onCancel,
}: {
  principle: PrincipleDetail;
  adoption: Adoption | null;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('knowledge');
  const options = useKnowledgeOptions().data;
  const add = trpc.knowledge.addAdoption.useMutation();
  const update = trpc.knowledge.updateAdoption.useMutation();
  const { formRef, ...form } = useForm(adoptionInputSchema, {
    principleId: p.id,
    locationId: adoption?.locationId ?? options?.ownLocationId ?? 0,
    adoptedOn: adoption?.adoptedOn ?? localToday(),
    adaptation: adoption?.adaptation ?? '',
    outcome: adoption?.outcome ?? '',
  });
  // Not where it was found, not where it was already taken up; a locatie user only their own.
  const taken = new Set(p.adoptions.map((a) => a.locationId));
  const choices = (options?.locations ?? []).filter(
    (l) =>
      l.id !== p.foundAtLocationId && !taken.has(l.id) && (!options?.ownLocationId || l.id === options.ownLocationId),
  );
  const title = adoption ? t('adoptions.editTitle', { location: adoption.locationName }) : t('adoptions.add');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    try {
      if (adoption)
        await update.mutateAsync({
          id: adoption.id,
          revision: form.revisionOr(adoption.revision),
          adoptedOn: value.adoptedOn,
          adaptation: value.adaptation,
          outcome: value.outcome,
        });
      else await add.mutateAsync(value);
      await onDone();
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      className="entity-form panel"
      aria-label={title}
    >
      <h3>{title}</h3>
      <FormErrors errors={{}} formError={form.formError} conflict={form.conflict} />
      <div className="form-grid">
        {!adoption && (
          <Field label={t('fields.location')} error={form.errors.locationId}>
            {(aria) => (
              <select
                {...aria}
                value={form.values.locationId || ''}
                onChange={(e) => form.set('locationId', Number(e.target.value))}
              >
                <option value="">{t('common:forms.choose')}</option>
                <LocationOptions locations={choices} />
              </select>
            )}
          </Field>
        )}
        <Field label={t('fields.adoptedOn')} error={form.errors.adoptedOn}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={form.values.adoptedOn}
              onChange={(e) => form.set('adoptedOn', e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        label={t('fields.adaptation')}
        hint={t('adoptions.adaptationHint')}
        optional
        error={form.errors.adaptation}
      >
        {(aria) => (
          <textarea
            {...aria}
            rows={3}
            value={form.values.adaptation ?? ''}
            onChange={(e) => form.set('adaptation', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('fields.outcome')} hint={t('adoptions.outcomeHint')} optional error={form.errors.outcome}>
        {(aria) => (
          <textarea
            {...aria}
            rows={3}
            value={form.values.outcome ?? ''}
            onChange={(e) => form.set('outcome', e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" disabled={add.isPending || update.isPending}>
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
