/** The pages app.tsx routes to (one import line there). */
export { MyProfilePage } from './profile-page';
export { CareerPage } from './career-page';
export { TeamProfilePage } from './team-page';
