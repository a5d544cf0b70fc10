import { pageLoadedOnUse } from '../../components/ui/loading';
import { withTexts } from '../../i18n';

// The charts library is loaded with the regiegroep's pages only, not with every other page.
export const RegiegroepRoutes = pageLoadedOnUse(() =>
  withTexts('regiegroep', () => import('./regiegroep-routes'))().then((m) => m.RegiegroepRoutes),
);
