import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, type Me } from '../../lib/session';
import type { NavItem } from '../../components/layout/nav-items';
import './knowledge.css';

/** The knowledge base's own navigation; the header links to its first page. */
export const KNOWLEDGE_NAV: NavItem[] = [
  { to: '/kennisbank', label: 'nav.principles', permission: 'knowledge.read' },
  { to: '/kennisbank/logboek', label: 'nav.entries', permission: 'knowledge.read' },
  { to: '/kennisbank/verspreiding', label: 'nav.matrix', permission: 'knowledge.read' },
  { to: '/kennisbank/zoeken', label: 'nav.search', permission: 'knowledge.read' },
  { to: '/kennisbank/boekje', label: 'nav.booklet', permission: 'knowledge.read' },
  { to: '/kennisbank/categorieen', label: 'nav.categories', permission: 'knowledge.steer' },
];

export function KnowledgeLayout({ me }: { me: Me }) {
  const { t } = useTranslation('knowledge');
  return (
    <div className="with-sidebar knowledge">
      <nav aria-label={t('nav.section')} className="side-nav">
        <ul>
          {KNOWLEDGE_NAV.filter((item) => can(me, item.permission)).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end>
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
