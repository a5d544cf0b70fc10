import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page';
import { TeamWeekView } from './team-week-view';

/** /mentorteams/:teamId — a team's week, for its members and the projectleider. */
export function TeamWeekPage() {
  const { t } = useTranslation();
  const { teamId } = useParams();
  const [params] = useSearchParams();
  const id = Number(teamId);
  if (!Number.isInteger(id) || id <= 0) return <PageHeader title={t('notFound.title')} intro={t('notFound.body')} />;
  return (
    <TeamWeekView
      teamId={id}
      weekKey={params.get('week') ?? undefined}
      weekPath={(key) => `/mentorteams/${id}${key ? `?week=${key}` : ''}`}
    />
  );
}
