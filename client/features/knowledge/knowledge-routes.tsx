import { Route, Routes } from 'react-router';
import { can, type Me } from '../../lib/session';
import { KnowledgeLayout } from './knowledge-layout';
import { KnowledgeNotFound } from './knowledge-ui';
import { PrinciplesPage } from './principles-page';
import { PrinciplePage } from './principle-page';
import { EntriesPage } from './entries-page';
import { EntryPage } from './entry-page';
import { MatrixPage } from './matrix-page';
import { SearchPage } from './search-page';
import { BookletPage } from './booklet-page';
import { CategoriesPage } from './categories-page';

/** Everything under /kennisbank (the header's guard already checked `knowledge.read`). */
export function KnowledgeRoutes({ me }: { me: Me }) {
  return (
    <Routes>
      <Route element={<KnowledgeLayout me={me} />}>
        <Route index element={<PrinciplesPage me={me} />} />
        <Route path="principes/:id" element={<PrinciplePage me={me} />} />
        <Route path="logboek" element={<EntriesPage me={me} />} />
        <Route path="logboek/:id" element={<EntryPage />} />
        <Route path="verspreiding" element={<MatrixPage />} />
        <Route path="zoeken" element={<SearchPage />} />
        <Route path="boekje" element={<BookletPage me={me} />} />
        <Route path="categorieen" element={can(me, 'knowledge.steer') ? <CategoriesPage /> : <KnowledgeNotFound />} />
        <Route path="*" element={<KnowledgeNotFound />} />
      </Route>
    </Routes>
  );
}
