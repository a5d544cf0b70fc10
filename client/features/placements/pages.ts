/** The pages app.tsx routes to (one import line there). */
export { PlacementRoutes } from './placement-routes';
export { MyPlacementPage } from './my-placement-page';
