/** What app.tsx routes to (one line each there). */
export { PrivacyRoutes } from './privacy-routes';
export { RetentionPage } from './retention-page';
