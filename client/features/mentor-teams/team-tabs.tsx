import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../lib/session';
import type { Permission } from '../../../shared/domain/permissions';

/** The team's own navigation: its week, its class, its hours — each shown to who may open it. */
export function TeamTabs({ teamId, teamName }: { teamId: number; teamName: string }) {
  const { t } = useTranslation('mentor-teams');
  const { data: me } = useMe();
  const base = `/mentorteams/${teamId}`;
  const tabs: { to: string; label: string; permission: Permission }[] = [
    { to: base, label: t('nav.week'), permission: 'mentorTeams.read' },
    { to: `${base}/klas`, label: t('nav.class'), permission: 'mentorTeams.read' },
    { to: `${base}/uren`, label: t('nav.hours'), permission: 'mentorTeams.hours' },
  ];
  return (
    <nav aria-label={`${t('nav.team')}: ${teamName}`} className="tabs">
      <ul>
        {tabs
          .filter((tab) => can(me, tab.permission))
          .map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end>
                {tab.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
