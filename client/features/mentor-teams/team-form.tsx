import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { teamUpdateSchema, type TeamInput } from '../../../shared/schemas/mentor-teams';
import { TEAM_ROLES } from '../../../shared/domain/mentor-teams';
import { WEEKDAYS } from '../../../shared/domain/weekdays';
import { Button } from '../../components/ui/button';
import { Field, FieldGroup } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/notice';

type Values = TeamInput & { id?: number; revision?: number };
const numberOrNull = (raw: string) => (raw === '' ? null : Number(raw));

/** The team's set-up: class, weekday, budget, adopting organisations, and members with their role. */
export function TeamForm({
  title,
  initial,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: Values;
  onSubmit: (v: z.output<typeof teamUpdateSchema> | Omit<z.output<typeof teamUpdateSchema>, 'id'>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('mentor-teams');
  const options = trpc.mentorTeams.setupOptions.useQuery();
  // Validated with the update schema; a new team gets a placeholder id that is dropped on submit.
  const { formRef, ...form } = useForm(teamUpdateSchema, {
    ...initial,
    id: initial.id ?? 1,
    revision: initial.revision ?? 0,
  });
  const v = form.values;
  const members = v.members ?? [];
  const setMember = (i: number, patch: Partial<(typeof members)[number]>) =>
    form.set(
      'members',
      members.map((m, j) => (j === i ? { ...m, ...patch } : m)),
    );
  const orgs = options.data?.organisations ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    const { id, ...rest } = parsed;
    try {
      await onSubmit(initial.id ? { id, ...rest } : rest);
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="panel" aria-label={title}>
      <h3>{title}</h3>
      <FormErrors errors={form.errors} formError={form.formError} conflict={form.conflict} />
      <div className="form-grid">
        <Field label={t('setup.name')} error={form.errors.name}>
          {(aria) => <input {...aria} value={v.name ?? ''} onChange={(e) => form.set('name', e.target.value)} />}
        </Field>
        <Field label={t('setup.cohort')} error={form.errors.cohortId}>
          {(aria) => (
            <select {...aria} value={v.cohortId || ''} onChange={(e) => form.set('cohortId', Number(e.target.value))}>
              <option value="">{t('common:forms.choose')}</option>
              {options.data?.classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('setup.weekday')} error={form.errors.sessionWeekday}>
          {(aria) => (
            <select
              {...aria}
              value={v.sessionWeekday ?? ''}
              onChange={(e) => form.set('sessionWeekday', Number(e.target.value))}
            >
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {t(`common:weekdays.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('setup.budget')} error={form.errors.budgetHoursPerPeriod}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={0}
              value={v.budgetHoursPerPeriod ?? ''}
              onChange={(e) =>
                form.set('budgetHoursPerPeriod', e.target.value === '' ? undefined : Number(e.target.value))
              }
            />
          )}
        </Field>
        <Field
          label={t('setup.plannedDays')}
          hint={t('setup.plannedDaysHint')}
          optional
          error={form.errors.defaultPlannedDays}
        >
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={1}
              max={5}
              value={v.defaultPlannedDays ?? ''}
              onChange={(e) => form.set('defaultPlannedDays', numberOrNull(e.target.value))}
            />
          )}
        </Field>
      </div>
      <FieldGroup legend={t('setup.organisations')} error={form.errors.organisationIds}>
        {orgs.map((o) => (
          <label key={o.id} className="choice">
            <input
              type="checkbox"
              checked={(v.organisationIds ?? []).includes(o.id)}
              onChange={(e) =>
                form.set(
                  'organisationIds',
                  e.target.checked
                    ? [...(v.organisationIds ?? []), o.id]
                    : (v.organisationIds ?? []).filter((x) => x !== o.id),
                )
              }
            />
            {o.name}
          </label>
        ))}
      </FieldGroup>
      <h4>{t('setup.members')}</h4>
      {form.errors.members && <p className="field-error">{form.errors.members}</p>}
      {members.map((m, i) => (
        <fieldset key={i} className="form-grid member-row">
          <legend className="visually-hidden">{t('setup.member', { n: i + 1 })}</legend>
          <Field label={t('setup.person')} error={form.errors[`members.${i}.userId`]}>
            {(aria) => (
              <select
                {...aria}
                value={m.userId || ''}
                onChange={(e) => setMember(i, { userId: Number(e.target.value) })}
              >
                <option value="">{t('common:forms.choose')}</option>
                {options.data?.mentors.map((p) => (
                  <option key={p.userId} value={p.userId}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('setup.teamRole')} error={form.errors[`members.${i}.teamRole`]}>
            {(aria) => (
              <select
                {...aria}
                value={m.teamRole}
                onChange={(e) => setMember(i, { teamRole: e.target.value as never })}
              >
                {TEAM_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`teamRoles.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('setup.organisation')} optional>
            {(aria) => (
              <select
                {...aria}
                value={m.organisationId ?? ''}
                onChange={(e) => setMember(i, { organisationId: numberOrNull(e.target.value) })}
              >
                <option value="">—</option>
                {orgs.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field">
            <Button
              variant="secondary"
              onClick={() =>
                form.set(
                  'members',
                  members.filter((_, j) => j !== i),
                )
              }
            >
              {t('setup.removeMember', { n: i + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <Button
        variant="secondary"
        onClick={() => form.set('members', [...members, { userId: 0, teamRole: 'roc-docent', organisationId: null }])}
      >
        {t('setup.addMember')}
      </Button>
      <div className="form-actions">
        <Button type="submit">{t('common:actions.save')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
