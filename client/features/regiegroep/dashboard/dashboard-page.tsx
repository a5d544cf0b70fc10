import { useTranslation } from 'react-i18next';
import { trpc } from '../../../lib/trpc';
import { can, useMe } from '../../../lib/session';
import { PageHeader } from '../../../components/ui/page';
import { QueryState } from '../../../components/ui/query-state';
import { FilterBar } from './filter-bar';
import { DashboardPanels } from './dashboard-panels';
import { DrillSection } from './drill-section';
import { useDashboardState } from './use-dashboard-state';

/**
 * /regiegroep — the dashboard. Regiegroep members and the projectleider see every panel; a mentor sees
 * only their own teams' panels (the server decides). Every figure opens the list behind it, below the filters.
 */
export function DashboardPage() {
  const { t } = useTranslation('regiegroep');
  const whole = can(useMe().data, 'regiegroep.read');
  const state = useDashboardState();
  const query = trpc.regiegroep.dashboard.useQuery(state.filter, { placeholderData: (previous) => previous });
  return (
    <>
      <PageHeader
        title={whole ? t('dashboard.title') : t('dashboard.titleMentor')}
        intro={whole ? t('dashboard.intro') : t('dashboard.introMentor')}
      />
      <FilterBar state={state} whole={whole} />
      {state.drill && <DrillSection drill={state.drill} filter={state.filter} close={() => state.openDrill(null)} />}
      <QueryState query={query}>
        {(data) => <DashboardPanels data={data} filter={state.filter} open={state.openDrill} />}
      </QueryState>
    </>
  );
}
