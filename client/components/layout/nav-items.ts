import type { Permission } from '../../../shared/domain/permissions';

export interface NavItem {
  to: string;
  /** i18n key in the item's namespace. */
  label: string;
  ns?: string;
  permission: Permission;
}

/** The header navigation; each item shows only to roles that may use it. Features add theirs here. */
export const MAIN_NAV: NavItem[] = [
  { to: '/', label: 'nav.start', permission: 'signedIn' },
  { to: '/top-locaties', label: 'nav.locations', permission: 'admin.read' },
  { to: '/studenten', label: 'nav.students', permission: 'students.read' },
  { to: '/kennisbank', label: 'nav.knowledge', ns: 'knowledge', permission: 'knowledge.read' },
  { to: '/mentorteam', label: 'nav.myTeam', ns: 'mentor-teams', permission: 'mentorTeams.write' },
  { to: '/mentorteams', label: 'nav.teams', ns: 'mentor-teams', permission: 'mentorTeams.overview' },
  { to: '/signalen', label: 'nav.signals', ns: 'mentor-teams', permission: 'mentorTeams.signals' },
  { to: '/reflectie', label: 'nav.reflection', ns: 'mentor-teams', permission: 'self.reflect' },
  { to: '/regiegroep', label: 'nav.main', ns: 'regiegroep', permission: 'regiegroep.dashboard' },
  { to: '/plaatsingen', label: 'nav.placements', ns: 'placements', permission: 'placements.read' },
  { to: '/mijn-plaatsing', label: 'nav.mine', ns: 'placements', permission: 'placements.self' },
  { to: '/mijn-studenten', label: 'nav.myLocation', ns: 'placements', permission: 'placements.location' },
  { to: '/beheer', label: 'nav.admin', permission: 'admin.manage' },
];

/** The administration section's own navigation (beheerder). */
export const ADMIN_NAV: NavItem[] = [
  { to: '/beheer/organisaties', label: 'nav.organisations', permission: 'admin.manage' },
  { to: '/beheer/opleidingen', label: 'nav.programmes', permission: 'admin.manage' },
  { to: '/beheer/schooljaren', label: 'nav.schoolYears', permission: 'admin.manage' },
  { to: '/beheer/klassen', label: 'nav.cohorts', permission: 'admin.manage' },
  { to: '/beheer/mensen', label: 'nav.people', permission: 'admin.manage' },
  { to: '/beheer/inzagelog', label: 'nav.audit', permission: 'audit.read' },
  { to: '/beheer/privacy', label: 'nav.privacy', ns: 'privacy', permission: 'privacy.manage' },
  { to: '/beheer/bewaartermijnen', label: 'nav.retention', ns: 'privacy', permission: 'privacy.manage' },
];
