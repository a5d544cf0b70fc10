import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { Section } from '../../components/ui/page';

/** Start-page panel for students: is this week's reflection written yet? */
export function ReflectionPanel() {
  const { t } = useTranslation('mentor-teams');
  const query = trpc.mentorTeams.myReflections.useQuery();
  const mine = query.data;
  if (!mine) return null;
  const done = mine.weeks[0]?.written ?? false;
  return (
    <Section title={t('start.reflectionTitle')}>
      <p>{t(done ? 'start.reflectionDone' : 'start.reflectionTodo', { week: mine.currentWeek.week })}</p>
      <Link to="/reflectie">{t('start.reflectionLink')}</Link>
    </Section>
  );
}
