import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TeamWeek } from './use-log-draft';

/**
 * Every week of the school year so far, each one click away, marked by the state of its log. Kept
 * out of <nav>: it is a list of this team's weeks, not site navigation.
 */
export function WeekStrip({ week, weekPath }: { week: TeamWeek; weekPath: (key: string) => string }) {
  const { t } = useTranslation('mentor-teams');
  const titleId = useId();
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('weekView.weeks')}</h2>
      <p className="hint">{t('weekView.weeksHint')}</p>
      <ul className="week-strip">
        {week.weeks.map((w) => (
          <li key={w.key}>
            <Link
              to={weekPath(w.key)}
              className={`week-chip week-${w.state}`}
              aria-current={w.key === week.week.key ? 'page' : undefined}
            >
              <span>{t('week', { week: w.week })}</span> <span className="week-state">{t(`logStates.${w.state}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {week.missingWeeks.length ? (
        <p>
          <strong>{t('weekView.missing')}:</strong>{' '}
          {t('weekView.missingList', { weeks: week.missingWeeks.map((w) => w.week).join(', ') })}
        </p>
      ) : (
        <p>{t('weekView.noneMissing')}</p>
      )}
    </section>
  );
}
