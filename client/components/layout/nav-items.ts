import type { Permission } from '../../../shared/domain/permissions';

export interface NavItem {
  to: string;
  /** i18n key in `common`: the frame carries no feature's texts, so a start page loads none it does not show. */
  label: string;
  permission: Permission;
}

/** The header navigation; each item shows only to roles that may use it. Features add theirs here. */
export const MAIN_NAV: NavItem[] = [
  { to: '/', label: 'nav.start', permission: 'signedIn' },
  { to: '/top-locaties', label: 'nav.locations', permission: 'admin.read' },
  { to: '/studenten', label: 'nav.students', permission: 'students.read' },
  { to: '/kennisbank', label: 'nav.knowledge', permission: 'knowledge.read' },
  { to: '/mentorteam', label: 'nav.myTeam', permission: 'mentorTeams.write' },
  { to: '/mentorteams', label: 'nav.teams', permission: 'mentorTeams.overview' },
  { to: '/signalen', label: 'nav.signals', permission: 'mentorTeams.signals' },
  { to: '/reflectie', label: 'nav.reflection', permission: 'self.reflect' },
  { to: '/regiegroep', label: 'nav.regiegroep', permission: 'regiegroep.dashboard' },
  { to: '/plaatsingen', label: 'nav.placements', permission: 'placements.read' },
  { to: '/mijn-plaatsing', label: 'nav.myPlacement', permission: 'placements.self' },
  { to: '/werkplek', label: 'nav.workplace', permission: 'workplace.own' },
  { to: '/werkplek/vragen', label: 'nav.workplaceQuestions', permission: 'workplace.team' },
  { to: '/mijn-uren', label: 'nav.myHours', permission: 'coaching.log' },
  { to: '/coachingsuren', label: 'nav.coachingHours', permission: 'coaching.read' },
  { to: '/rekentool', label: 'nav.rekentool', permission: 'coaching.read' },
  { to: '/verantwoording', label: 'nav.report', permission: 'report.read' },
  { to: '/mijn-beroepsprofiel', label: 'nav.myProfile', permission: 'profiles.own' },
  { to: '/teamprofiel', label: 'nav.teamProfile', permission: 'profiles.team' },
  { to: '/kosten', label: 'nav.costs', permission: 'coaching.costs' },
  { to: '/tarieven', label: 'nav.tariffs', permission: 'coaching.manage' },
  { to: '/schooljaar-afsluiten', label: 'nav.rollover', permission: 'rollover.manage' },
  { to: '/beheer', label: 'nav.admin', permission: 'admin.manage' },
  { to: '/instellingen/e-mail', label: 'nav.mailSettings', permission: 'signedIn' },
];

/** The administration section's own navigation (beheerder). */
export const ADMIN_NAV: NavItem[] = [
  { to: '/beheer/organisaties', label: 'nav.organisations', permission: 'admin.manage' },
  { to: '/beheer/opleidingen', label: 'nav.programmes', permission: 'admin.manage' },
  { to: '/beheer/schooljaren', label: 'nav.schoolYears', permission: 'admin.manage' },
  { to: '/beheer/klassen', label: 'nav.cohorts', permission: 'admin.manage' },
  { to: '/beheer/mensen', label: 'nav.people', permission: 'admin.manage' },
  { to: '/beheer/inzagelog', label: 'nav.audit', permission: 'audit.read' },
  { to: '/beheer/privacy', label: 'nav.privacy', permission: 'privacy.manage' },
  { to: '/beheer/bewaartermijnen', label: 'nav.retention', permission: 'privacy.manage' },
  { to: '/beheer/e-mail', label: 'nav.outbox', permission: 'mail.outbox' },
];
