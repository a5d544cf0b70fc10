import { Route, Routes } from 'react-router';
import type { Me } from '../../lib/session';
import { NotFoundPage } from '../start/not-found-page';
import { RoundsPage } from './rounds-page';
import { RoundLayout } from './round-layout';
import { RoundOverviewPage } from './round-overview-page';
import { InputsPage } from './inputs-page';
import { ImportPage } from './import-page';
import { ResultsPage } from './results-page';
import { ExplanationPage } from './explanation-page';
import { LocationListsPage } from './location-lists-page';
import { RepairPage } from './repair-page';
import { pageLoadedOnUse } from '../../components/ui/loading';
import './placements.css';

// The comparison's chart brings the charts library: loaded when the page is opened, not with the app.
const ComparePage = pageLoadedOnUse(() => import('./compare-page').then((m) => m.ComparePage));

/** Everything under /plaatsingen (the header's guard already checked `placements.read`). */
export function PlacementRoutes({ me }: { me: Me }) {
  return (
    <div className="placements">
      <Routes>
        <Route index element={<RoundsPage me={me} />} />
        <Route path=":roundId" element={<RoundLayout />}>
          <Route index element={<RoundOverviewPage me={me} />} />
          <Route path="invoer" element={<InputsPage me={me} />} />
          <Route path="importeren" element={<ImportPage me={me} />} />
          <Route path="resultaat" element={<ResultsPage me={me} />} />
          <Route path="resultaat/:participantId" element={<ExplanationPage me={me} />} />
          <Route path="locaties" element={<LocationListsPage />} />
          <Route path="vergelijken" element={<ComparePage me={me} />} />
          <Route path="reparatie" element={<RepairPage me={me} />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
