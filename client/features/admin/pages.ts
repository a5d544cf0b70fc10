/** The pages app.tsx routes to; loaded with the first beheer page (one chunk). */
export { AdminLayout } from './admin-layout';
export { AdminIndexPage } from './admin-index-page';
export { OrganisationsPage } from './organisations-page';
export { LocationsPage } from './locations-page';
export { ProgrammesPage } from './programmes-page';
export { SchoolYearsPage } from './school-years-page';
export { CohortsPage } from './cohorts-page';
export { StudentsPage } from './students-page';
export { PeoplePage } from './people-page';
export { AuditPage } from './audit-page';
