/** What app.tsx and the start page import (one line each there). The routes load on demand (lazy-routes.tsx). */
export { RegiegroepRoutes } from './lazy-routes';
