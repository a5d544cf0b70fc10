import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { Field, FieldGroup } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { supervisorAddSchema } from '../../../shared/schemas/placements';

type Inputs = RouterOutputs['placements']['inputs'];
type RoundLocation = Inputs['locations'][number];
type Supervisor = RoundLocation['supervisors'][number];

/** The werkbegeleiders of one location in the round: a locatie user there, or a name; capacity and programmes. */
export function SupervisorEditor({
  location,
  inputs,
  editable,
}: {
  location: RoundLocation;
  inputs: Inputs;
  editable: boolean;
}) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const remove = trpc.placements.removeSupervisor.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const [editing, setEditing] = useState<Supervisor | 'new' | null>(null);
  const programmeName = (id: number) => inputs.options.programmes.find((p) => p.id === id)?.name ?? '';

  return (
    <section aria-label={t('inputs.supervisorsOf', { name: location.name })}>
      <h3>{t('inputs.supervisorsOf', { name: location.name })}</h3>
      {location.supervisors.length === 0 ? (
        <p className="muted">{t('inputs.noSupervisors')}</p>
      ) : (
        <ul className="plain">
          {location.supervisors.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong> —{' '}
              {t('inputs.supervisorLine', {
                capacity: s.capacity,
                programmes: s.programmeIds.map(programmeName).join(', '),
              })}
              {editable && (
                <span className="row-actions">
                  <Button
                    variant="link"
                    onClick={() => setEditing(s)}
                    aria-label={`${t('common:actions.edit')}: ${s.name}`}
                  >
                    {t('common:actions.edit')}
                  </Button>
                  <ConfirmButton
                    label={t('common:actions.delete')}
                    question={t('common:actions.reallyDelete', { name: s.name })}
                    onConfirm={() => void remove.mutateAsync({ id: s.id })}
                  />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && editing === null && (
        <Button variant="secondary" onClick={() => setEditing('new')}>
          {t('inputs.addSupervisor')}
        </Button>
      )}
      {editing !== null && (
        <SupervisorForm
          key={editing === 'new' ? 'new' : editing.id}
          location={location}
          inputs={inputs}
          editing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function SupervisorForm({
  location,
  inputs,
  editing,
  onClose,
}: {
  location: RoundLocation;
  inputs: Inputs;
  editing: Supervisor | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const add = trpc.placements.addSupervisor.useMutation();
  const update = trpc.placements.updateSupervisor.useMutation();
  const { formRef, ...form } = useForm(supervisorAddSchema, {
    roundLocationId: location.id,
    userId: editing?.userId ?? null,
    name: editing?.userId ? '' : (editing?.name ?? ''),
    capacity: editing?.capacity ?? 2,
    programmeIds: editing?.programmeIds ?? [],
  });
  const v = form.values;
  const staff = inputs.options.locatieUsers.filter((u) => u.locationId === location.locationId);
  const programmeIds = v.programmeIds ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    try {
      const { roundLocationId, ...fields } = value;
      if (editing) await update.mutateAsync({ id: editing.id, ...fields });
      else await add.mutateAsync({ roundLocationId, ...fields });
      await utils.placements.invalidate();
      onClose();
    } catch (error) {
      form.showServerError(error);
    }
  }

  const title = editing ? t('inputs.editSupervisor', { name: editing.name }) : t('inputs.addSupervisor');
  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={title}
      className="entity-form panel"
    >
      <h4>{title}</h4>
      {form.formError && <Notice kind="error">{form.formError}</Notice>}
      <div className="form-grid">
        <Field label={t('fields.staffMember')} error={form.errors.userId} hint={t('inputs.staffHint')} optional>
          {(aria) => (
            <select
              {...aria}
              value={v.userId ?? ''}
              onChange={(e) => form.set('userId', e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">—</option>
              {staff.map((u) => (
                <option key={u.userId} value={u.userId}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {v.userId == null && (
          <Field label={t('fields.supervisorName')} error={form.errors.name}>
            {(aria) => <input {...aria} value={v.name ?? ''} onChange={(e) => form.set('name', e.target.value)} />}
          </Field>
        )}
        <Field label={t('fields.capacity')} error={form.errors.capacity}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={0}
              value={Number.isNaN(v.capacity) ? '' : v.capacity}
              onChange={(e) => form.set('capacity', e.target.value === '' ? Number.NaN : Number(e.target.value))}
            />
          )}
        </Field>
      </div>
      <FieldGroup legend={t('fields.supervises')} error={form.errors.programmeIds}>
        {inputs.options.programmes.map((p) => (
          <label key={p.id} className="choice">
            <input
              type="checkbox"
              checked={programmeIds.includes(p.id)}
              onChange={(e) =>
                form.set(
                  'programmeIds',
                  e.target.checked ? [...programmeIds, p.id] : programmeIds.filter((x) => x !== p.id),
                )
              }
            />
            {p.name}
          </label>
        ))}
      </FieldGroup>
      <div className="form-actions">
        <Button type="submit" disabled={add.isPending || update.isPending}>
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
