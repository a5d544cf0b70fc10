/** The pages app.tsx routes to (one import line there). */
export { MyTeamPage } from './my-team-page';
export { OverviewPage } from './overview-page';
export { TeamWeekPage } from './team-week-page';
export { ClassOverviewPage } from './class-overview-page';
export { StudentPage } from './student-page';
export { HoursPage } from './hours-page';
export { SignalsPage } from './signals-page';
export { ReflectionPage } from './reflection-page';
export { WeekReflectionsPage } from './week-reflections-page';
