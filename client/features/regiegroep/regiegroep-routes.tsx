import { NavLink, Outlet, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, type Me } from '../../lib/session';
import type { NavItem } from '../../components/layout/nav-items';
import { PageHeader } from '../../components/ui/page';
import { MeetingsPage } from './meetings/meetings-page';
import { MeetingPage } from './meetings/meeting-page';
import { DecisionsPage } from './decisions-page';
import { ActionsPage } from './actions-page';
import { GroupPage } from './group-page';
import { pageLoadedOnUse } from '../../components/ui/loading';
import './regiegroep.css';

// The pages that draw charts bring the chart library with them; the agenda, decisions and actions do not.
const DashboardPage = pageLoadedOnUse(() => import('./dashboard/dashboard-page').then((m) => m.DashboardPage));
const MeetingPackPage = pageLoadedOnUse(() => import('./meetings/meeting-pack-page').then((m) => m.MeetingPackPage));

/** The regiegroep's own navigation; a mentor has only the dashboard (their own teams' panels). */
export const REGIEGROEP_NAV: NavItem[] = [
  { to: '/regiegroep', label: 'nav.dashboard', permission: 'regiegroep.dashboard' },
  { to: '/regiegroep/overleg', label: 'nav.meetings', permission: 'regiegroep.read' },
  { to: '/regiegroep/besluiten', label: 'nav.decisions', permission: 'regiegroep.read' },
  { to: '/regiegroep/actiepunten', label: 'nav.actions', permission: 'regiegroep.read' },
  { to: '/regiegroep/samenstelling', label: 'nav.group', permission: 'regiegroep.read' },
];

function RegiegroepLayout({ me }: { me: Me }) {
  const { t } = useTranslation('regiegroep');
  const items = REGIEGROEP_NAV.filter((item) => can(me, item.permission));
  if (items.length < 2)
    return (
      <div className="regiegroep">
        <Outlet />
      </div>
    );
  return (
    <div className="with-sidebar regiegroep">
      <nav aria-label={t('nav.section')} className="side-nav">
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/regiegroep'}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-content">
        <Outlet />
      </div>
    </div>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <PageHeader title={t('notFound.title')} intro={t('notFound.body')} />;
}

/** Everything under /regiegroep (the header's guard already checked `regiegroep.dashboard`). */
export function RegiegroepRoutes({ me }: { me: Me }) {
  const reads = can(me, 'regiegroep.read');
  return (
    <Routes>
      <Route element={<RegiegroepLayout me={me} />}>
        <Route index element={<DashboardPage />} />
        {reads && (
          <>
            <Route path="overleg" element={<MeetingsPage />} />
            <Route path="overleg/:id" element={<MeetingPage />} />
            <Route path="overleg/:id/vergaderstuk" element={<MeetingPackPage />} />
            <Route path="besluiten" element={<DecisionsPage />} />
            <Route path="actiepunten" element={<ActionsPage />} />
            <Route path="samenstelling" element={<GroupPage />} />
          </>
        )}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
