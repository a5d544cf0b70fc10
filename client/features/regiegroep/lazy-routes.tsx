import { pageLoadedOnUse } from '../../components/ui/loading';

// The charts library is loaded with the regiegroep's pages only, not with every other page.
export const RegiegroepRoutes = pageLoadedOnUse(() => import('./regiegroep-routes').then((m) => m.RegiegroepRoutes));
