import { pageLoadedOnUse } from '../../components/ui/loading';
import { withTexts } from '../../i18n';

// The charts library is loaded with the regiegroep's pages only, not with every other page.
const regiegroep = withTexts('regiegroep', () => import('./regiegroep-routes'));
export const RegiegroepRoutes = pageLoadedOnUse(() => regiegroep().then((m) => m.RegiegroepRoutes));
