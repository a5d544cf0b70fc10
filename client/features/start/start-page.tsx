import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { PageHeader, Section } from '../../components/ui/page';
import { MAIN_NAV } from '../../components/layout/nav-items';
import { START_PANELS } from './start-panels';

/** One start page for everyone: their roles, what they can open, and the panels of their features. */
export function StartPage({ me }: { me: Me }) {
  const links = MAIN_NAV.filter((item) => item.to !== '/' && can(me, item.permission));
  const { t } = useTranslation();
  const overview = trpc.session.overview.useQuery(undefined, { enabled: can(me, 'admin.read') });
  const panels = START_PANELS.filter((p) => can(me, p.permission));

  return (
    <>
      <PageHeader
        title={t('start.title', { name: me.user.name })}
        intro={t('start.intro', { partnership: me.partnership.name })}
      />
      <div className="cards">
        <Section title={t('start.yourRoles')}>
          <ul className="plain">
            {me.roles.map((role) => (
              <li key={role}>
                <strong>{t(`roles.${role}`)}</strong> — {t(`roleDescriptions.${role}`)}
              </li>
            ))}
          </ul>
        </Section>
        {links.length > 0 && (
          <Section title={t('start.quickLinks')}>
            <ul className="plain link-list">
              {links.map((item) => (
                <li key={item.to}>
                  <Link to={item.to}>{t(item.label)}</Link>
                </li>
              ))}
            </ul>
          </Section>
        )}
        {overview.data && (
          <Section title={t('start.figures')}>
            <dl className="figures">
              {(['locations', 'programmes', 'cohorts', 'students'] as const).map((key) => (
                <div key={key}>
                  <dt>{t(`nav.${key}`)}</dt>
                  <dd>{overview.data[key]}</dd>
                </div>
              ))}
            </dl>
          </Section>
        )}
      </div>
      {panels.map(({ key, Panel }) => (
        <Panel key={key} me={me} />
      ))}
    </>
  );
}
