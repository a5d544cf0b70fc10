import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';

/** On a student's start page: where they are placed, or that they can give their preferences now. */
export function MyPlacementPanel() {
  const { t } = useTranslation('placements');
  const { t: tc } = useTranslation();
  const query = trpc.placements.mine.useQuery();
  return (
    <Section title={t('mine.title')}>
      <QueryState query={query}>
        {(rounds) =>
          rounds.length === 0 ? (
            <p>{t('mine.none')}</p>
          ) : (
            <ul className="plain">
              {rounds.map((r) => (
                <li key={r.id}>
                  <strong>{r.name}</strong>:{' '}
                  {r.placement?.placement
                    ? t('panel.placedAt', {
                        location: r.placement.placement.locationName,
                        days: r.placement.placement.days.map((d) => tc(`weekdaysShort.${d}`)).join(', '),
                      })
                    : r.entryOpen
                      ? t('panel.entryOpen')
                      : r.phase === 'published'
                        ? t('panel.notPlaced')
                        : t('mine.closed')}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <Link to="/mijn-plaatsing">{t('panel.open')}</Link>
    </Section>
  );
}
