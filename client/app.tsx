import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { can, useMe, type Me } from './lib/session';
import { useAccountLanguage } from './i18n/use-account-language';
import type { Permission } from '../shared/domain/permissions';
import { AppLayout } from './components/layout/app-layout';
import { Loading, loadedOnUse } from './components/ui/loading';
import { LoginPage } from './features/auth/login-page';
import { RegiegroepRoutes } from './features/regiegroep/pages';
import { StartPage } from './features/start/start-page';
import { NotFoundPage } from './features/start/not-found-page';

// Every feature's pages load with their route (one chunk per feature), so the login page and a start page
// carry only the app's frame: the first-load budget (tests/e2e/first-load-budget.test.ts) holds this.
const feature = {
  admin: () => import('./features/admin/pages'),
  knowledge: () => import('./features/knowledge/knowledge-routes'),
  mentorTeams: () => import('./features/mentor-teams/pages'),
  placements: () => import('./features/placements/pages'),
  privacy: () => import('./features/privacy/pages'),
  mail: () => import('./features/mail/pages'),
  workplace: () => import('./features/workplace/pages'),
  coaching: () => import('./features/coaching/pages'),
  report: () => import('./features/report/pages'),
  profiles: () => import('./features/profiles/pages'),
  rollover: () => import('./features/rollover/pages'),
};
const InvitePage = loadedOnUse(() => import('./features/auth/invite-page').then((m) => m.InvitePage));
const InviteWhileSignedIn = loadedOnUse(() => import('./features/auth/invite-page').then((m) => m.InviteWhileSignedIn));
const RolloverPage = loadedOnUse(() => feature.rollover().then((m) => m.RolloverPage));
const AdminLayout = loadedOnUse(() => feature.admin().then((m) => m.AdminLayout));
const AdminIndexPage = loadedOnUse(() => feature.admin().then((m) => m.AdminIndexPage));
const OrganisationsPage = loadedOnUse(() => feature.admin().then((m) => m.OrganisationsPage));
const LocationsPage = loadedOnUse(() => feature.admin().then((m) => m.LocationsPage));
const ProgrammesPage = loadedOnUse(() => feature.admin().then((m) => m.ProgrammesPage));
const SchoolYearsPage = loadedOnUse(() => feature.admin().then((m) => m.SchoolYearsPage));
const CohortsPage = loadedOnUse(() => feature.admin().then((m) => m.CohortsPage));
const StudentsPage = loadedOnUse(() => feature.admin().then((m) => m.StudentsPage));
const PeoplePage = loadedOnUse(() => feature.admin().then((m) => m.PeoplePage));
const AuditPage = loadedOnUse(() => feature.admin().then((m) => m.AuditPage));
const KnowledgeRoutes = loadedOnUse(() => feature.knowledge().then((m) => m.KnowledgeRoutes));
const ClassOverviewPage = loadedOnUse(() => feature.mentorTeams().then((m) => m.ClassOverviewPage));
const HoursPage = loadedOnUse(() => feature.mentorTeams().then((m) => m.HoursPage));
const MyTeamPage = loadedOnUse(() => feature.mentorTeams().then((m) => m.MyTeamPage));
const OverviewPage = loadedOnUse(() => feature.mentorTeams().then((m) => m.OverviewPage));
const ReflectionPage = loadedOnUse(() => feature.mentorTeams().then((m) => m.ReflectionPage));
const SignalsPage = loadedOnUse(() => feature.mentorTeams().then((m) => m.SignalsPage));
const StudentPage = loadedOnUse(() => feature.mentorTeams().then((m) => m.StudentPage));
const TeamWeekPage = loadedOnUse(() => feature.mentorTeams().then((m) => m.TeamWeekPage));
const PlacementRoutes = loadedOnUse(() => feature.placements().then((m) => m.PlacementRoutes));
const MyPlacementPage = loadedOnUse(() => feature.placements().then((m) => m.MyPlacementPage));
const PrivacyRoutes = loadedOnUse(() => feature.privacy().then((m) => m.PrivacyRoutes));
const RetentionPage = loadedOnUse(() => feature.privacy().then((m) => m.RetentionPage));
const ForgotPasswordPage = loadedOnUse(() => feature.mail().then((m) => m.ForgotPasswordPage));
const MailSettingsPage = loadedOnUse(() => feature.mail().then((m) => m.MailSettingsPage));
const OutboxPage = loadedOnUse(() => feature.mail().then((m) => m.OutboxPage));
const ResetPasswordPage = loadedOnUse(() => feature.mail().then((m) => m.ResetPasswordPage));
const UnsubscribePage = loadedOnUse(() => feature.mail().then((m) => m.UnsubscribePage));
const MyHoursPage = loadedOnUse(() => feature.coaching().then((m) => m.MyHoursPage));
const CoachingHoursPage = loadedOnUse(() => feature.coaching().then((m) => m.CoachingHoursPage));
const RekentoolPage = loadedOnUse(() => feature.coaching().then((m) => m.RekentoolPage));
const ReportPage = loadedOnUse(() => feature.report().then((m) => m.ReportPage));
const MyProfilePage = loadedOnUse(() => feature.profiles().then((m) => m.MyProfilePage));
const CareerPage = loadedOnUse(() => feature.profiles().then((m) => m.CareerPage));
const TeamProfilePage = loadedOnUse(() => feature.profiles().then((m) => m.TeamProfilePage));
const CostsPage = loadedOnUse(() => feature.coaching().then((m) => m.CostsPage));
const TariffsPage = loadedOnUse(() => feature.coaching().then((m) => m.TariffsPage));
const WeekReflectionsPage = loadedOnUse(() => feature.mentorTeams().then((m) => m.WeekReflectionsPage));
const WorkplaceStudentsPage = loadedOnUse(() => feature.workplace().then((m) => m.WorkplaceStudentsPage));
const WorkplaceStudentPage = loadedOnUse(() => feature.workplace().then((m) => m.WorkplaceStudentPage));
const TeamWorkplacePage = loadedOnUse(() => feature.workplace().then((m) => m.TeamWorkplacePage));
const WorkplaceQuestionsPage = loadedOnUse(() => feature.workplace().then((m) => m.WorkplaceQuestionsPage));

/** A page only for those whose roles grant `permission`; others get "not found", as on the server. */
function Guard({ me, permission, children }: { me: Me; permission: Permission; children: ReactNode }) {
  return can(me, permission) ? <>{children}</> : <NotFoundPage />;
}

/** After client-side navigation, move focus to the new page so screen readers announce it. */
function FocusOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('inhoud')?.focus();
  }, [location.pathname]);
  return null;
}

function SignedInRoutes({ me }: { me: Me }) {
  return (
    <Routes>
      <Route element={<AppLayout me={me} />}>
        <Route index element={<StartPage me={me} />} />
        <Route
          path="top-locaties"
          element={
            <Guard me={me} permission="admin.read">
              <LocationsPage />
            </Guard>
          }
        />
        <Route
          path="studenten"
          element={
            <Guard me={me} permission="students.read">
              <StudentsPage />
            </Guard>
          }
        />
        <Route
          path="kennisbank/*"
          element={
            <Guard me={me} permission="knowledge.read">
              <KnowledgeRoutes me={me} />
            </Guard>
          }
        />
        <Route
          path="mentorteam"
          element={
            <Guard me={me} permission="mentorTeams.write">
              <MyTeamPage />
            </Guard>
          }
        />
        <Route
          path="mentorteams"
          element={
            <Guard me={me} permission="mentorTeams.overview">
              <OverviewPage />
            </Guard>
          }
        />
        <Route
          path="mentorteams/:teamId"
          element={
            <Guard me={me} permission="mentorTeams.read">
              <TeamWeekPage />
            </Guard>
          }
        />
        <Route
          path="mentorteams/:teamId/klas"
          element={
            <Guard me={me} permission="mentorTeams.read">
              <ClassOverviewPage />
            </Guard>
          }
        />
        <Route
          path="mentorteams/:teamId/reflecties/:week"
          element={
            <Guard me={me} permission="mentorTeams.read">
              <WeekReflectionsPage />
            </Guard>
          }
        />
        <Route
          path="mentorteams/:teamId/uren"
          element={
            <Guard me={me} permission="mentorTeams.hours">
              <HoursPage />
            </Guard>
          }
        />
        <Route
          path="mentorteams/:teamId/studenten/:studentId"
          element={
            <Guard me={me} permission="mentorTeams.read">
              <StudentPage />
            </Guard>
          }
        />
        <Route
          path="mijn-uren"
          element={
            <Guard me={me} permission="coaching.log">
              <MyHoursPage />
            </Guard>
          }
        />
        <Route
          path="coachingsuren"
          element={
            <Guard me={me} permission="coaching.read">
              <CoachingHoursPage />
            </Guard>
          }
        />
        <Route
          path="rekentool"
          element={
            <Guard me={me} permission="coaching.read">
              <RekentoolPage />
            </Guard>
          }
        />
        <Route
          path="verantwoording"
          element={
            <Guard me={me} permission="report.read">
              <ReportPage />
            </Guard>
          }
        />
        <Route
          path="mijn-beroepsprofiel"
          element={
            <Guard me={me} permission="profiles.own">
              <MyProfilePage />
            </Guard>
          }
        />
        <Route
          path="kosten"
          element={
            <Guard me={me} permission="coaching.costs">
              <CostsPage />
            </Guard>
          }
        />
        <Route
          path="mijn-beroepsprofiel/loopbaan"
          element={
            <Guard me={me} permission="profiles.own">
              <CareerPage />
            </Guard>
          }
        />
        <Route
          path="teamprofiel"
          element={
            <Guard me={me} permission="profiles.team">
              <TeamProfilePage />
            </Guard>
          }
        />
        <Route
          path="tarieven"
          element={
            <Guard me={me} permission="coaching.manage">
              <TariffsPage />
            </Guard>
          }
        />
        <Route
          path="signalen"
          element={
            <Guard me={me} permission="mentorTeams.signals">
              <SignalsPage />
            </Guard>
          }
        />
        <Route
          path="schooljaar-afsluiten"
          element={
            <Guard me={me} permission="rollover.manage">
              <RolloverPage />
            </Guard>
          }
        />
        <Route
          path="reflectie"
          element={
            <Guard me={me} permission="self.reflect">
              <ReflectionPage />
            </Guard>
          }
        />
        <Route
          path="regiegroep/*"
          element={
            <Guard me={me} permission="regiegroep.dashboard">
              <RegiegroepRoutes me={me} />
            </Guard>
          }
        />
        <Route
          path="plaatsingen/*"
          element={
            <Guard me={me} permission="placements.read">
              <PlacementRoutes me={me} />
            </Guard>
          }
        />
        <Route
          path="mijn-plaatsing"
          element={
            <Guard me={me} permission="placements.self">
              <MyPlacementPage />
            </Guard>
          }
        />
        <Route
          path="mijn-studenten"
          element={
            // "Mijn studenten" and "Op de werkplek" were one werkbegeleider's two entries for the same people (decision 088).
            <Navigate to="/werkplek" replace />
          }
        />
        <Route
          path="werkplek"
          element={
            <Guard me={me} permission="workplace.own">
              <WorkplaceStudentsPage />
            </Guard>
          }
        />
        <Route
          path="werkplek/studenten/:studentId"
          element={
            <Guard me={me} permission="workplace.own">
              <WorkplaceStudentPage />
            </Guard>
          }
        />
        <Route
          path="werkplek/team/:studentId"
          element={
            <Guard me={me} permission="workplace.team">
              <TeamWorkplacePage />
            </Guard>
          }
        />
        <Route
          path="werkplek/vragen"
          element={
            <Guard me={me} permission="workplace.team">
              <WorkplaceQuestionsPage />
            </Guard>
          }
        />
        <Route
          path="beheer"
          element={
            <Guard me={me} permission="admin.manage">
              <AdminLayout me={me} />
            </Guard>
          }
        >
          <Route index element={<AdminIndexPage me={me} />} />
          <Route path="organisaties" element={<OrganisationsPage />} />
          <Route path="opleidingen" element={<ProgrammesPage />} />
          <Route path="schooljaren" element={<SchoolYearsPage />} />
          <Route path="klassen" element={<CohortsPage />} />
          <Route path="mensen" element={<PeoplePage />} />
          <Route
            path="inzagelog"
            element={
              <Guard me={me} permission="audit.read">
                <AuditPage />
              </Guard>
            }
          />
          <Route
            path="privacy/*"
            element={
              <Guard me={me} permission="privacy.manage">
                <PrivacyRoutes />
              </Guard>
            }
          />
          <Route
            path="bewaartermijnen"
            element={
              <Guard me={me} permission="privacy.manage">
                <RetentionPage />
              </Guard>
            }
          />
          <Route
            path="e-mail"
            element={
              <Guard me={me} permission="mail.outbox">
                <OutboxPage />
              </Guard>
            }
          />
        </Route>
        <Route path="instellingen/e-mail" element={<MailSettingsPage />} />
        {/* Logged in already: one's own invitation waits on the start page; another's offers to log out. */}
        <Route path="uitnodiging/:token" element={<InviteWhileSignedIn me={me} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="wachtwoord-herstellen" element={<ResetPasswordPage />} />
      <Route path="mail/uitschrijven/:token" element={<UnsubscribePage />} />
    </Routes>
  );
}

export function App() {
  const me = useMe();
  useAccountLanguage(me.data?.user.locale);
  if (me.isLoading) return <Loading />;
  return (
    <BrowserRouter>
      <FocusOnNavigate />
      {/* Texts of a feature load with its first page (client/i18n): until then, "Laden…". */}
      <Suspense fallback={<Loading />}>
        {me.data ? (
          <SignedInRoutes me={me.data} />
        ) : (
          <Routes>
            <Route path="uitnodiging/:token" element={<InvitePage />} />
            <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
            <Route path="wachtwoord-herstellen" element={<ResetPasswordPage />} />
            <Route path="mail/uitschrijven/:token" element={<UnsubscribePage />} />
            <Route path="*" element={<LoginPage />} />
          </Routes>
        )}
      </Suspense>
    </BrowserRouter>
  );
}
