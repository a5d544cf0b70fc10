/** The pages app.tsx routes to (one import line there). */
export { ReportPage } from './report-page';
