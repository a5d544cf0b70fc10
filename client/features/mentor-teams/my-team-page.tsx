import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { TeamWeekView } from './team-week-view';

/** "Mijn mentorteam": the week view of the mentor's team (or the one chosen, when in several). */
export function MyTeamPage() {
  const { t } = useTranslation('mentor-teams');
  const [params, setParams] = useSearchParams();
  const teams = trpc.mentorTeams.myTeams.useQuery();
  const weekPath = (key: string) =>
    `/mentorteam?${new URLSearchParams({ ...(params.get('team') ? { team: params.get('team')! } : {}), ...(key ? { week: key } : {}) })}`;
  return (
    <QueryState query={teams}>
      {(list) => {
        if (list.length === 0) return <PageHeader title={t('myTeam.title')} intro={t('myTeam.none')} />;
        const chosen = list.find((team) => String(team.id) === params.get('team')) ?? list[0]!;
        const picker =
          list.length > 1 ? (
            <label className="inline-field">
              <span>{t('myTeam.chooseTeam')}</span>
              <select value={chosen.id} onChange={(e) => setParams({ team: e.target.value })}>
                {list.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            </label>
          ) : undefined;
        return (
          <TeamWeekView
            teamId={chosen.id}
            weekKey={params.get('week') ?? undefined}
            weekPath={weekPath}
            picker={picker}
          />
        );
      }}
    </QueryState>
  );
}
