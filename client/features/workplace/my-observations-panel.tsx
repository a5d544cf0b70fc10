import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { formatDateTime } from '../../lib/format';
import { Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';

/** On a student's start page: what the werkbegeleider marked for them (never the team-only observations). */
export function MyObservationsPanel() {
  const { t } = useTranslation('workplace');
  const query = trpc.workplace.mine.useQuery();
  return (
    <Section title={t('mine.title')} id="van-je-werkbegeleider">
      <QueryState query={query}>
        {(observations) =>
          observations.length === 0 ? (
            <p className="empty">{t('mine.none')}</p>
          ) : (
            <ul className="plain">
              {observations.map((o) => (
                <li key={o.id}>
                  <p className="prewrap">{o.body}</p>
                  <p className="muted">
                    {t('mine.by', { name: o.authorName, location: o.locationName, when: formatDateTime(o.createdAt) })}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Section>
  );
}
