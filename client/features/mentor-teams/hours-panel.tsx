import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/ui/notice';
import { HourForm } from './hour-form';
import { HoursSummary } from './hours-summary';
import type { TeamWeek } from './use-log-draft';

/** Hours of the current period in the week view, with a quick form for members. */
export function HoursPanel({ week, canWrite }: { week: TeamWeek; canWrite: boolean }) {
  const { t } = useTranslation('mentor-teams');
  const titleId = useId();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('hours.thisPeriod', { period: week.hours.period?.name ?? '' })}</h2>
      <HoursSummary summary={week.hours} />
      {message && <Notice kind="success">{message}</Notice>}
      {canWrite && <HourForm teamId={week.team.id} onDone={setMessage} />}
      <p>
        <Link to={`/mentorteams/${week.team.id}/uren`}>{t('hours.allHours')}</Link>
      </p>
    </section>
  );
}
