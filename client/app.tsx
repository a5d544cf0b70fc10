import { Suspense, useEffect, useRef } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { PendingRouter } from './components/layout/pending-router';
import { useMe, type Me } from './lib/session';
import { useAccountLanguage } from './i18n/use-account-language';
import { AppLayout } from './components/layout/app-layout';
import { Loading, pageLoadedOnUse } from './components/ui/loading';
import { LoginPage } from './features/auth/login-page';
import { StartPage } from './features/start/start-page';
import { NotFoundPage } from './features/start/not-found-page';
import { feature, Guard, GUARDED_PAGES } from './guarded-pages';

const InvitePage = pageLoadedOnUse(() => import('./features/auth/invite-page').then((m) => m.InvitePage));
const InviteWhileSignedIn = pageLoadedOnUse(() =>
  import('./features/auth/invite-page').then((m) => m.InviteWhileSignedIn),
);
const AdminLayout = pageLoadedOnUse(() => feature.admin().then((m) => m.AdminLayout));
const AdminIndexPage = pageLoadedOnUse(() => feature.admin().then((m) => m.AdminIndexPage));
const OrganisationsPage = pageLoadedOnUse(() => feature.admin().then((m) => m.OrganisationsPage));
const ProgrammesPage = pageLoadedOnUse(() => feature.admin().then((m) => m.ProgrammesPage));
const SchoolYearsPage = pageLoadedOnUse(() => feature.admin().then((m) => m.SchoolYearsPage));
const CohortsPage = pageLoadedOnUse(() => feature.admin().then((m) => m.CohortsPage));
const PeoplePage = pageLoadedOnUse(() => feature.admin().then((m) => m.PeoplePage));
const AuditPage = pageLoadedOnUse(() => feature.admin().then((m) => m.AuditPage));
const PrivacyRoutes = pageLoadedOnUse(() => feature.privacy().then((m) => m.PrivacyRoutes));
const RetentionPage = pageLoadedOnUse(() => feature.privacy().then((m) => m.RetentionPage));
const ForgotPasswordPage = pageLoadedOnUse(() => feature.mail().then((m) => m.ForgotPasswordPage));
const MailSettingsPage = pageLoadedOnUse(() => feature.mail().then((m) => m.MailSettingsPage));
const OutboxPage = pageLoadedOnUse(() => feature.mail().then((m) => m.OutboxPage));
const ResetPasswordPage = pageLoadedOnUse(() => feature.mail().then((m) => m.ResetPasswordPage));
const UnsubscribePage = pageLoadedOnUse(() => feature.mail().then((m) => m.UnsubscribePage));

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
        {GUARDED_PAGES.map(({ path, permission, page }) => (
          <Route
            key={path}
            path={path}
            element={
              <Guard me={me} permission={permission}>
                {page(me)}
              </Guard>
            }
          />
        ))}
        <Route
          path="mijn-studenten"
          element={
            // "Mijn studenten" and "Op de werkplek" were one werkbegeleider's two entries for the same people (decision 088).
            <Navigate to="/werkplek" replace />
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
    <PendingRouter>
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
    </PendingRouter>
  );
}
