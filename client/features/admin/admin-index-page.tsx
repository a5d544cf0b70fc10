import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, type Me } from '../../lib/session';
import { ADMIN_NAV } from '../../components/layout/nav-items';
import { PageHeader } from '../../components/ui/page';

export function AdminIndexPage({ me }: { me: Me }) {
  const { t } = useTranslation('admin');
  return (
    <>
      <PageHeader title={t('index.title')} intro={t('index.intro')} />
      <ul className="cards link-cards">
        {ADMIN_NAV.filter((item) => can(me, item.permission)).map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{t(item.label, { ns: 'common' })}</Link>
            <p className="muted">{t(`index.${item.label.split('.')[1]}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
