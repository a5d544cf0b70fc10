import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE, type Attendance } from '../../../shared/domain/mentor-teams';
import { Button } from '../../components/ui/button';
import type { Presence, TeamWeek } from './use-log-draft';

interface Props {
  week: TeamWeek;
  presence: Record<number, Presence>;
  /** Field errors of the form, keyed "attendance.<row>.daysPresent". */
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (studentId: number, presence: Partial<Presence>) => void;
}

/** The class in one table: attendance at the session, days at the workplace against plan, reflection. */
export function AttendanceTable({ week, presence, errors, readOnly, onChange }: Props) {
  const { t } = useTranslation('mentor-teams');
  const name = (s: TeamWeek['students'][number]) => `${s.firstName} ${s.lastName}`;
  return (
    <>
      {!readOnly && (
        <div className="toolbar">
          <Button
            variant="secondary"
            onClick={() => week.students.forEach((s) => onChange(s.id, { attendance: 'aanwezig' }))}
          >
            {t('attendanceTable.allPresent')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => week.students.forEach((s) => onChange(s.id, { daysPresent: s.planned.days }))}
          >
            {t('attendanceTable.allAsPlanned')}
          </Button>
        </div>
      )}
      <div className="table-wrap">
        <table className="compact">
          <caption className="visually-hidden">{t('attendanceTable.caption', { week: week.week.week })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attendanceTable.student')}</th>
              <th scope="col">{t('attendanceTable.session')}</th>
              <th scope="col">{t('attendanceTable.workplace')}</th>
              <th scope="col">{t('attendanceTable.reflection')}</th>
            </tr>
          </thead>
          <tbody>
            {week.students.map((s, row) => {
              const p = presence[s.id]!;
              const error = errors[`attendance.${row}.daysPresent`];
              return (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/mentorteams/${week.team.id}/studenten/${s.id}`}>{name(s)}</Link>
                  </th>
                  <td>
                    {readOnly ? (
                      t(`attendance.${p.attendance ?? 'unrecorded'}`)
                    ) : (
                      <select
                        aria-label={t('attendanceTable.sessionFor', { name: name(s) })}
                        value={p.attendance ?? ''}
                        onChange={(e) =>
                          onChange(s.id, { attendance: e.target.value === '' ? null : (e.target.value as Attendance) })
                        }
                      >
                        <option value="">{t('attendance.unrecorded')}</option>
                        {ATTENDANCE.map((a) => (
                          <option key={a} value={a}>
                            {t(`attendance.${a}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                  <td className={error ? 'field-invalid' : undefined}>
                    {readOnly ? (
                      <span>{p.daysPresent ?? '—'}</span>
                    ) : (
                      <input
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={7}
                        className="days-input"
                        aria-label={t('attendanceTable.workplaceFor', { name: name(s) })}
                        aria-invalid={Boolean(error)}
                        aria-describedby={error ? `days-error-${s.id}` : `planned-${s.id}`}
                        value={p.daysPresent ?? ''}
                        onChange={(e) =>
                          onChange(s.id, { daysPresent: e.target.value === '' ? null : Number(e.target.value) })
                        }
                      />
                    )}{' '}
                    <span id={`planned-${s.id}`} className="muted" title={t(`plannedSources.${s.planned.source}`)}>
                      {t('attendanceTable.planned', { days: s.planned.days })}
                      {s.confirmedAtWorkplace !== null &&
                        ` · ${t('attendanceTable.confirmed', { days: s.confirmedAtWorkplace })}`}
                    </span>
                    {error && (
                      <span id={`days-error-${s.id}`} className="field-error">
                        {error}
                      </span>
                    )}
                  </td>
                  <td>
                    {s.reflected ? (
                      t('attendanceTable.reflected')
                    ) : (
                      <span className="muted">{t('attendanceTable.notReflected')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
