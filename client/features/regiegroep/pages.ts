/** What app.tsx and the start page import (one line each there). */
export { RegiegroepRoutes } from './regiegroep-routes';
export { MyActionsPanel } from './my-actions-panel';
