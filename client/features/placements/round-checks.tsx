import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../lib/trpc';

type Checks = RouterOutputs['placements']['checks'];

/** "Sanne Jansen, Daan de Vries en 3 anderen" */
function useNameList() {
  const { t } = useTranslation('placements');
  return (names: string[], count: number) =>
    count > names.length
      ? t('checks.namesAndMore', { names: names.join(', '), count: count - names.length })
      : names.join(', ');
}

/**
 * What will go wrong, named before running and again in the publish confirmation (with how many stay
 * unplaced). Each problem is one sentence that says what to do about it.
 */
export function CheckList({ checks, publishing = false }: { checks: Checks; publishing?: boolean }) {
  const { t } = useTranslation('placements');
  const names = useNameList();
  const items: string[] = [];
  if (publishing && checks.unplaced)
    items.push(
      checks.unplaced.count === 0
        ? t('checks.allPlaced')
        : t('checks.unplaced', {
            count: checks.unplaced.count,
            names: names(checks.unplaced.names, checks.unplaced.count),
          }),
    );
  if (checks.withoutPreferences.count > 0)
    items.push(
      t('checks.withoutPreferences', {
        count: checks.withoutPreferences.count,
        names: names(checks.withoutPreferences.names, checks.withoutPreferences.count),
      }),
    );
  for (const c of checks.notOffered.first)
    items.push(
      t('checks.notOffered', { student: c.studentName, location: c.locationName, programme: c.programmeName }),
    );
  if (checks.notOffered.count > checks.notOffered.first.length)
    items.push(t('checks.notOfferedMore', { count: checks.notOffered.count - checks.notOffered.first.length }));
  for (const u of checks.unsupervised)
    items.push(t('checks.unsupervised', { location: u.locationName, programme: u.programmeName }));
  const title = publishing ? t('checks.titlePublish') : t('checks.titleRun');
  return (
    <div className="checks" role="group" aria-label={title}>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p>{t('checks.none')}</p>
      ) : (
        <ul>
          {items.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
