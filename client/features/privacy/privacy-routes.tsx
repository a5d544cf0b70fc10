import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../start/not-found-page';
import { PrivacyIndexPage } from './privacy-index-page';
import { DossierPage } from './dossier-page';

/** Everything under /beheer/privacy (app.tsx's guard already checked `privacy.manage`). */
export function PrivacyRoutes() {
  return (
    <Routes>
      <Route index element={<PrivacyIndexPage />} />
      <Route path=":subject/:id" element={<DossierPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** The dossier's address: /beheer/privacy/student/12 or /beheer/privacy/persoon/7. */
export const dossierPath = (kind: 'student' | 'person', id: number) =>
  `/beheer/privacy/${kind === 'student' ? 'student' : 'persoon'}/${id}`;
