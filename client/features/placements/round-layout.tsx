import { NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { NotFoundPage } from '../start/not-found-page';
import { RunProgress } from './run-progress';
import { StatusBadge, useRound, type Round } from './placements-ui';

const TABS = [
  { to: '', label: 'nav.overview' },
  { to: 'invoer', label: 'nav.inputs' },
  { to: 'importeren', label: 'nav.import' },
  { to: 'resultaat', label: 'nav.results' },
  { to: 'locaties', label: 'nav.locations' },
  { to: 'vergelijken', label: 'nav.compare' },
  { to: 'reparatie', label: 'nav.repair' },
] as const;

/** The round a page inside the layout belongs to. */
export const useRoundOutlet = () => useOutletContext<{ round: Round }>();

/** One round: its name as the page's h1, status, the round's own tabs, and the engine's progress. */
export function RoundLayout() {
  const { t } = useTranslation('placements');
  const roundId = Number(useParams().roundId);
  const query = useRound(roundId);
  if (!Number.isSafeInteger(roundId) || roundId <= 0) return <NotFoundPage />;
  return (
    <QueryState query={query}>
      {(round) => (
        <>
          <PageHeader
            title={round.name}
            intro={`${round.schoolYearLabel} · ${round.periodName ?? t('fields.wholeYear')} · ${t(`objective.${round.objective}`)}`}
            actions={<StatusBadge status={round.status} />}
          />
          <nav aria-label={t('nav.round', { name: round.name })} className="tabs">
            <ul>
              {TABS.map((tab) => (
                <li key={tab.to}>
                  <NavLink to={`/plaatsingen/${round.id}${tab.to ? `/${tab.to}` : ''}`} end={tab.to === ''}>
                    {t(tab.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <RunProgress run={round.run} />
          <Outlet context={{ round }} />
        </>
      )}
    </QueryState>
  );
}
