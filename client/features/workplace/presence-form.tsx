import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { addDays, formatDutchDate } from '../../../shared/domain/dates';
import { WEEKDAYS } from '../../../shared/domain/weekdays';
import { presenceSchema } from '../../../shared/schemas/workplace';
import type { WorkplacePresence } from '../../../shared/domain/workplace';
import { formatDateTime } from '../../lib/format';

interface Presence {
  key: string;
  week: number;
  monday: string;
  planned: number[];
  confirmed: Record<string, WorkplacePresence>;
  revision: number | null;
  confirmedBy: { name: string; location: string; at: number } | null;
}

/** Per weekday of one week: aanwezig, afwezig or not confirmed; the planned days are marked. */
export function PresenceForm({
  studentId,
  presence,
  onSaved,
}: {
  studentId: number;
  presence: Presence;
  /** The page shows the confirmation: the form starts afresh with the new revision. */
  onSaved: (text: string) => void;
}) {
  const { t } = useTranslation('workplace');
  const { t: tc } = useTranslation();
  const { formRef, ...form } = useForm(presenceSchema, {
    studentId,
    week: presence.key,
    days: Object.entries(presence.confirmed).map(([d, status]) => ({ weekday: Number(d), status })),
    revision: presence.revision,
  });
  const utils = trpc.useUtils();
  const save = trpc.workplace.confirmPresence.useMutation({ onSuccess: () => utils.workplace.invalidate() });
  // A draft's fields may be empty until validated (useForm's FormDraft): no days yet is none confirmed.
  const days = form.values.days ?? [];
  const statusOf = (day: number) => days.find((d) => d.weekday === day)?.status ?? '';
  const setDay = (day: number, status: string) =>
    form.set('days', [
      ...days.filter((d) => d.weekday !== day),
      ...(status ? [{ weekday: day, status: status as WorkplacePresence }] : []),
    ]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    const revision = value.revision === null ? null : form.revisionOr(value.revision);
    save.mutate(
      { ...value, revision },
      {
        onSuccess: () => onSaved(t('presence.saved', { week: presence.week })),
        onError: (e) => form.showServerError(e),
      },
    );
  }

  return (
    <Section title={t('presence.title', { week: presence.week })}>
      <p>{t('presence.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate className="form-grid">
        <FormErrors errors={form.errors} formError={form.formError} conflict={form.conflict} />
        {WEEKDAYS.map((day) => {
          const label = t(presence.planned.includes(day) ? 'presence.dayPlanned' : 'presence.day', {
            day: tc(`weekdays.${day}`),
            date: formatDutchDate(addDays(presence.monday, day - 1)),
          });
          return (
            <Field key={day} label={label}>
              {(aria) => (
                <select {...aria} value={statusOf(day)} onChange={(e) => setDay(day, e.target.value)}>
                  <option value="">{t('presence.none')}</option>
                  <option value="aanwezig">{t('presence.aanwezig')}</option>
                  <option value="afwezig">{t('presence.afwezig')}</option>
                </select>
              )}
            </Field>
          );
        })}
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending}>
            {t('presence.save')}
          </Button>
        </div>
      </form>
      {presence.confirmedBy && (
        <p className="muted">
          {t('presence.lastChange', {
            name: presence.confirmedBy.name,
            location: presence.confirmedBy.location,
            when: formatDateTime(presence.confirmedBy.at),
          })}
        </p>
      )}
    </Section>
  );
}
