import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../../shared/domain/mentor-teams';
import { AttendanceTable } from './attendance-table';
import { showDate, showMoment } from './format';
import type { TeamWeek } from './use-log-draft';

/** The week's log for those who read along (the projectleider). */
export function LogView({ week }: { week: TeamWeek }) {
  const { t } = useTranslation('mentor-teams');
  const titleId = useId();
  const log = week.log;
  const presence = Object.fromEntries(
    week.students.map((s) => [s.id, { attendance: s.attendance as Attendance | null, daysPresent: s.daysPresent }]),
  );
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('log.readOnlyTitle')}</h2>
      {!log ? (
        <p className="empty">{t('log.none')}</p>
      ) : (
        <>
          <p>
            {t('log.status', { status: t(`logStates.${log.status}`) })} · {showDate(log.sessionDate)} ·{' '}
            {t('log.lastChange', { name: log.updatedByName, when: showMoment(log.updatedAt) })}
          </p>
          <dl className="details log-details">
            {(['expectations', 'practiceSituations', 'lessonMaterial', 'agreements'] as const).map((field) => (
              <div key={field}>
                <dt>{t(`log.${field}`)}</dt>
                <dd className="prewrap">{log[field] || '—'}</dd>
              </div>
            ))}
          </dl>
          <AttendanceTable week={week} presence={presence} errors={{}} readOnly onChange={() => undefined} />
        </>
      )}
    </section>
  );
}
