import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';

/** "Wat vraagt je aandacht": per role what needs the person today, each linking to where it is handled. */
export function AttentionPanel() {
  const { t } = useTranslation('start');
  const attention = trpc.start.attention.useQuery();
  return (
    <Section title={t('title')} id="aandacht">
      <QueryState query={attention}>
        {(groups) => (
          <div className="cards">
            {groups.map((group) => (
              <div key={group.role} className="attention-group">
                <h3>{t(`roles.${group.role}`)}</h3>
                <ul className="plain link-list">
                  {group.items.map((item, i) => (
                    <li key={`${item.key}-${i}`} className={item.urgent ? 'attention-urgent' : undefined}>
                      <Link to={item.link}>
                        {t(`items.${item.key}${item.state ? `.${item.state}` : ''}`, {
                          ...(item.count === undefined ? {} : { count: item.count }),
                          name: item.name ?? '',
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </QueryState>
    </Section>
  );
}
