import { useEffect, useRef, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { can, useMe, type Me } from './lib/session';
import type { Permission } from '../shared/domain/permissions';
import { AppLayout } from './components/layout/app-layout';
import { Loading } from './components/ui/loading';
import { LoginPage } from './features/auth/login-page';
import { InvitePage } from './features/auth/invite-page';
import { StartPage } from './features/start/start-page';
import { NotFoundPage } from './features/start/not-found-page';
import { AdminLayout } from './features/admin/admin-layout';
import { AdminIndexPage } from './features/admin/admin-index-page';
import { OrganisationsPage } from './features/admin/organisations-page';
import { LocationsPage } from './features/admin/locations-page';
import { ProgrammesPage } from './features/admin/programmes-page';
import { SchoolYearsPage } from './features/admin/school-years-page';
import { CohortsPage } from './features/admin/cohorts-page';
import { StudentsPage } from './features/admin/students-page';
import { PeoplePage } from './features/admin/people-page';
import { AuditPage } from './features/admin/audit-page';
import { KnowledgeRoutes } from './features/knowledge/knowledge-routes';
import {
  ClassOverviewPage,
  HoursPage,
  MyTeamPage,
  OverviewPage,
  ReflectionPage,
  SignalsPage,
  StudentPage,
  TeamWeekPage,
} from './features/mentor-teams/pages';
import { RegiegroepRoutes } from './features/regiegroep/pages';
import { MyLocationPage, MyPlacementPage, PlacementRoutes } from './features/placements/pages';
import { PrivacyRoutes, RetentionPage } from './features/privacy/pages';

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
          path="signalen"
          element={
            <Guard me={me} permission="mentorTeams.signals">
              <SignalsPage />
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
            <Guard me={me} permission="placements.location">
              <MyLocationPage />
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
            path="logboek"
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
        </Route>
        {/* Logged in already: invitations to one's own address wait on the start page. */}
        <Route path="uitnodiging/:token" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  const me = useMe();
  if (me.isLoading) return <Loading />;
  return (
    <BrowserRouter>
      <FocusOnNavigate />
      {me.data ? (
        <SignedInRoutes me={me.data} />
      ) : (
        <Routes>
          <Route path="uitnodiging/:token" element={<InvitePage />} />
          <Route path="*" element={<LoginPage />} />
        </Routes>
      )}
    </BrowserRouter>
  );
}
