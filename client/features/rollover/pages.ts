/** The pages app.tsx routes to (one import line there). */
export { RolloverPage } from './rollover-page';
