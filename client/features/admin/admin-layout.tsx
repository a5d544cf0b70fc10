import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, type Me } from '../../lib/session';
import { ADMIN_NAV } from '../../components/layout/nav-items';

/** The administration section: its own navigation beside the page. */
export function AdminLayout({ me }: { me: Me }) {
  const items = ADMIN_NAV.filter((item) => can(me, item.permission));
  const { t } = useTranslation();
  return (
    <div className="with-sidebar">
      <nav aria-label={t('nav.admin')} className="side-nav">
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to}>{t(item.label)}</NavLink>
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
