/** The pages app.tsx routes to (one import line there). */
export { WorkplaceStudentsPage } from './students-page';
export { WorkplaceStudentPage } from './student-page';
export { TeamWorkplacePage } from './team-page';
export { WorkplaceQuestionsPage } from './questions-page';
