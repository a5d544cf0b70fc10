import type { ReactNode } from 'react';
import type { Permission } from '../shared/domain/permissions';
import { can, type Me } from './lib/session';
import { pageLoadedOnUse } from './components/ui/loading';
import { withTexts } from './i18n';
import { RegiegroepRoutes } from './features/regiegroep/pages';
import { NotFoundPage } from './features/start/not-found-page';

// Every feature's pages load with their route (one chunk per feature), so the login page and a start page
// carry only the app's frame: the first-load budget (tests/e2e/first-load-budget.test.ts) holds this. The
// feature's texts come with its code (withTexts, decision 108).
export const feature = {
  admin: withTexts('admin', () => import('./features/admin/pages')),
  knowledge: withTexts('knowledge', () => import('./features/knowledge/knowledge-routes')),
  mentorTeams: withTexts('mentor-teams', () => import('./features/mentor-teams/pages')),
  placements: withTexts('placements', () => import('./features/placements/pages')),
  privacy: withTexts('privacy', () => import('./features/privacy/pages')),
  mail: withTexts('mail', () => import('./features/mail/pages')),
  workplace: withTexts('workplace', () => import('./features/workplace/pages')),
  coaching: withTexts('coaching', () => import('./features/coaching/pages')),
  report: withTexts('report', () => import('./features/report/pages')),
  profiles: withTexts('profiles', () => import('./features/profiles/pages')),
  rollover: withTexts('rollover', () => import('./features/rollover/pages')),
};

const RolloverPage = pageLoadedOnUse(() => feature.rollover().then((m) => m.RolloverPage));
const LocationsPage = pageLoadedOnUse(() => feature.admin().then((m) => m.LocationsPage));
const StudentsPage = pageLoadedOnUse(() => feature.admin().then((m) => m.StudentsPage));
const KnowledgeRoutes = pageLoadedOnUse(() => feature.knowledge().then((m) => m.KnowledgeRoutes));
const ClassOverviewPage = pageLoadedOnUse(() => feature.mentorTeams().then((m) => m.ClassOverviewPage));
const HoursPage = pageLoadedOnUse(() => feature.mentorTeams().then((m) => m.HoursPage));
const MyTeamPage = pageLoadedOnUse(() => feature.mentorTeams().then((m) => m.MyTeamPage));
const OverviewPage = pageLoadedOnUse(() => feature.mentorTeams().then((m) => m.OverviewPage));
const ReflectionPage = pageLoadedOnUse(() => feature.mentorTeams().then((m) => m.ReflectionPage));
const SignalsPage = pageLoadedOnUse(() => feature.mentorTeams().then((m) => m.SignalsPage));
const StudentPage = pageLoadedOnUse(() => feature.mentorTeams().then((m) => m.StudentPage));
const TeamWeekPage = pageLoadedOnUse(() => feature.mentorTeams().then((m) => m.TeamWeekPage));
const PlacementRoutes = pageLoadedOnUse(() => feature.placements().then((m) => m.PlacementRoutes));
const MyPlacementPage = pageLoadedOnUse(() => feature.placements().then((m) => m.MyPlacementPage));
const MyHoursPage = pageLoadedOnUse(() => feature.coaching().then((m) => m.MyHoursPage));
const CoachingHoursPage = pageLoadedOnUse(() => feature.coaching().then((m) => m.CoachingHoursPage));
const RekentoolPage = pageLoadedOnUse(() => feature.coaching().then((m) => m.RekentoolPage));
const ReportPage = pageLoadedOnUse(() => feature.report().then((m) => m.ReportPage));
const MyProfilePage = pageLoadedOnUse(() => feature.profiles().then((m) => m.MyProfilePage));
const CareerPage = pageLoadedOnUse(() => feature.profiles().then((m) => m.CareerPage));
const TeamProfilePage = pageLoadedOnUse(() => feature.profiles().then((m) => m.TeamProfilePage));
const CostsPage = pageLoadedOnUse(() => feature.coaching().then((m) => m.CostsPage));
const TariffsPage = pageLoadedOnUse(() => feature.coaching().then((m) => m.TariffsPage));
const WeekReflectionsPage = pageLoadedOnUse(() => feature.mentorTeams().then((m) => m.WeekReflectionsPage));
const WorkplaceStudentsPage = pageLoadedOnUse(() => feature.workplace().then((m) => m.WorkplaceStudentsPage));
const WorkplaceStudentPage = pageLoadedOnUse(() => feature.workplace().then((m) => m.WorkplaceStudentPage));
const TeamWorkplacePage = pageLoadedOnUse(() => feature.workplace().then((m) => m.TeamWorkplacePage));
const WorkplaceQuestionsPage = pageLoadedOnUse(() => feature.workplace().then((m) => m.WorkplaceQuestionsPage));

/** A page only for those whose roles grant `permission`; others get "not found", as on the server. */
export function Guard({ me, permission, children }: { me: Me; permission: Permission; children: ReactNode }) {
  return can(me, permission) ? <>{children}</> : <NotFoundPage />;
}

/** A signed-in page behind one permission: the route table of `SignedInRoutes` (client/app.tsx). */
interface GuardedPage {
  path: string;
  permission: Permission;
  page: (me: Me) => ReactNode;
}

export const GUARDED_PAGES: GuardedPage[] = [
  { path: 'top-locaties', permission: 'admin.read', page: () => <LocationsPage /> },
  { path: 'studenten', permission: 'students.read', page: () => <StudentsPage /> },
  { path: 'kennisbank/*', permission: 'knowledge.read', page: (me) => <KnowledgeRoutes me={me} /> },
  { path: 'mentorteam', permission: 'mentorTeams.write', page: () => <MyTeamPage /> },
  { path: 'mentorteams', permission: 'mentorTeams.overview', page: () => <OverviewPage /> },
  { path: 'mentorteams/:teamId', permission: 'mentorTeams.read', page: () => <TeamWeekPage /> },
  { path: 'mentorteams/:teamId/klas', permission: 'mentorTeams.read', page: () => <ClassOverviewPage /> },
  { path: 'mentorteams/:teamId/reflecties/:week', permission: 'mentorTeams.read', page: () => <WeekReflectionsPage /> },
  { path: 'mentorteams/:teamId/uren', permission: 'mentorTeams.hours', page: () => <HoursPage /> },
  { path: 'mentorteams/:teamId/studenten/:studentId', permission: 'mentorTeams.read', page: () => <StudentPage /> },
  { path: 'mijn-uren', permission: 'coaching.log', page: () => <MyHoursPage /> },
  { path: 'coachingsuren', permission: 'coaching.read', page: () => <CoachingHoursPage /> },
  { path: 'rekentool', permission: 'coaching.read', page: () => <RekentoolPage /> },
  { path: 'verantwoording', permission: 'report.read', page: () => <ReportPage /> },
  { path: 'mijn-beroepsprofiel', permission: 'profiles.own', page: () => <MyProfilePage /> },
  { path: 'kosten', permission: 'coaching.costs', page: () => <CostsPage /> },
  { path: 'mijn-beroepsprofiel/loopbaan', permission: 'profiles.own', page: () => <CareerPage /> },
  { path: 'teamprofiel', permission: 'profiles.team', page: () => <TeamProfilePage /> },
  { path: 'tarieven', permission: 'coaching.manage', page: () => <TariffsPage /> },
  { path: 'signalen', permission: 'mentorTeams.signals', page: () => <SignalsPage /> },
  { path: 'schooljaar-afsluiten', permission: 'rollover.manage', page: () => <RolloverPage /> },
  { path: 'reflectie', permission: 'self.reflect', page: () => <ReflectionPage /> },
  { path: 'regiegroep/*', permission: 'regiegroep.dashboard', page: (me) => <RegiegroepRoutes me={me} /> },
  { path: 'plaatsingen/*', permission: 'placements.read', page: (me) => <PlacementRoutes me={me} /> },
  { path: 'mijn-plaatsing', permission: 'placements.self', page: () => <MyPlacementPage /> },
  { path: 'werkplek', permission: 'workplace.own', page: () => <WorkplaceStudentsPage /> },
  { path: 'werkplek/studenten/:studentId', permission: 'workplace.own', page: () => <WorkplaceStudentPage /> },
  { path: 'werkplek/team/:studentId', permission: 'workplace.team', page: () => <TeamWorkplacePage /> },
  { path: 'werkplek/vragen', permission: 'workplace.team', page: () => <WorkplaceQuestionsPage /> },
];
