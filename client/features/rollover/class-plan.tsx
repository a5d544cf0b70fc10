import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../lib/trpc';
import { Field } from '../../components/ui/field';
import { LEAVE_REASONS, type LeaveReason } from '../../../shared/domain/school-year-rollover';

type Preview = RouterOutputs['rollover']['preview'];
export type ClassRow = Preview['classes'][number];
export type Person = Preview['withoutClass'][number];

/** What the projectleider decides for one class; sent as it is (shared/schemas/school-year-rollover.ts). */
export interface ClassPlan {
  /** Per student of the class: goes on (null) or leaves, with reason and date. */
  leaving: Record<number, { reason: LeaveReason; leftOn: string } | null>;
  joining: number[];
  plannedDays: number | null;
  budgetHoursPerPeriod: number | null;
}

/** A class in its last year: everyone graduates, on the last day of the school year. */
export const initialPlan = (c: ClassRow, endsOn: string): ClassPlan => ({
  leaving: Object.fromEntries(
    c.students.map((s) => [s.id, c.lastYear ? { reason: 'afgestudeerd', leftOn: endsOn } : null]),
  ),
  joining: [],
  plannedDays: c.plannedDays,
  budgetHoursPerPeriod: c.budgetHoursPerPeriod,
});

const numberOrNull = (v: string) => (v.trim() === '' ? null : Number(v));

/** One class on the roll-over screen: its students (who goes on, who leaves), who joins, next year's figures. */
export function ClassPlanSection({
  row,
  plan,
  onChange,
  withoutClass,
  nextLabel,
  defaultLeftOn,
  errors,
}: {
  row: ClassRow;
  plan: ClassPlan;
  onChange: (plan: ClassPlan) => void;
  withoutClass: Person[];
  nextLabel: string;
  defaultLeftOn: string;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('rollover');
  const name = (s: Person) => `${s.firstName} ${s.lastName}`;
  const setLeaving = (id: number, value: ClassPlan['leaving'][number]) =>
    onChange({ ...plan, leaving: { ...plan.leaving, [id]: value } });
  const headingId = `klas-${row.id}`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {row.name} · {t('yearOf', { year: row.yearOfProgramme, of: row.programmeYears })}
      </h2>
      {row.lastYear && <p className="hint">{t('lastYear')}</p>}
      {row.teamName === null && <p className="hint">{t('noTeam')}</p>}
      <div className="table-wrap">
        <table>
          <caption>{t('students', { name: row.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('student')}</th>
              <th scope="col">{t('institution')}</th>
              <th scope="col">{t('programme')}</th>
              <th scope="col">{t('goesOnOrLeaves')}</th>
              <th scope="col">{t('leaveDate')}</th>
            </tr>
          </thead>
          <tbody>
            {row.students.map((s) => {
              const leaving = plan.leaving[s.id] ?? null;
              return (
                <tr key={s.id}>
                  <th scope="row">{name(s)}</th>
                  <td>{s.institutionName}</td>
                  <td>{s.programmeName}</td>
                  <td>
                    <select
                      aria-label={t('reason', { name: name(s) })}
                      value={leaving?.reason ?? ''}
                      onChange={(e) =>
                        setLeaving(
                          s.id,
                          e.target.value === ''
                            ? null
                            : { reason: e.target.value as LeaveReason, leftOn: leaving?.leftOn ?? defaultLeftOn },
                        )
                      }
                    >
                      <option value="">{t('goesOn')}</option>
                      {LEAVE_REASONS.map((r) => (
                        <option key={r} value={r}>
                          {t('leaves')}: {t(`reasons.${r}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {leaving && (
                      <input
                        type="date"
                        aria-label={t('leftOn', { name: name(s) })}
                        value={leaving.leftOn}
                        onChange={(e) => setLeaving(s.id, { ...leaving, leftOn: e.target.value })}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <fieldset>
        <legend>{t('joining', { name: row.name })}</legend>
        {withoutClass.length === 0 && <p className="empty">{t('joinNone')}</p>}
        {withoutClass.map((s) => (
          <div key={s.id}>
            <label>
              <input
                type="checkbox"
                checked={plan.joining.includes(s.id)}
                onChange={(e) =>
                  onChange({
                    ...plan,
                    joining: e.target.checked ? [...plan.joining, s.id] : plan.joining.filter((id) => id !== s.id),
                  })
                }
              />{' '}
              {name(s)} ({s.programmeName}, {s.institutionName})
            </label>
          </div>
        ))}
      </fieldset>
      <Field label={t('plannedDays', { label: nextLabel })} error={errors.plannedDays}>
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={1}
            max={5}
            value={plan.plannedDays ?? ''}
            onChange={(e) => onChange({ ...plan, plannedDays: numberOrNull(e.target.value) })}
          />
        )}
      </Field>
      <Field label={t('budget', { label: nextLabel })} error={errors.budgetHoursPerPeriod}>
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={0}
            value={plan.budgetHoursPerPeriod ?? ''}
            onChange={(e) => onChange({ ...plan, budgetHoursPerPeriod: numberOrNull(e.target.value) })}
          />
        )}
      </Field>
    </section>
  );
}
