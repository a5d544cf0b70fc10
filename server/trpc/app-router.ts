import { router } from './init';
import { sessionRouter } from '../features/session/session.router';
import { organisationsRouter } from '../features/organisations/organisations.router';
import { locationsRouter } from '../features/locations/locations.router';
import { programmesRouter } from '../features/programmes/programmes.router';
import { schoolYearsRouter } from '../features/school-years/school-years.router';
import { cohortsRouter } from '../features/cohorts/cohorts.router';
import { studentsRouter } from '../features/students/students.router';
import { peopleRouter } from '../features/people/people.router';
import { auditRouter } from '../features/audit/audit.router';
import { mentorTeamsRouter } from '../features/mentor-teams/mentor-teams.router';
import { knowledgeRouter } from '../features/knowledge/knowledge.router';
import { placementsRouter } from '../features/placements/placements.router';
import { regiegroepRouter } from '../features/regiegroep/regiegroep.router';
import { privacyRouter } from '../features/privacy/privacy.router';
import { mailRouter } from '../features/mail/mail.router';
import { calendarRouter } from '../features/calendar/calendar.router';
import { startRouter } from '../features/start/start.router';
import { workplaceRouter } from '../features/workplace/workplace.router';
import { coachingRouter } from '../features/coaching/coaching.router';
import { reportRouter } from '../features/report/report.router';
import { profilesRouter } from '../features/profiles/profiles.router';
import { rolloverRouter } from '../features/rollover/rollover.router';

export const appRouter = router({
  session: sessionRouter,
  organisations: organisationsRouter,
  locations: locationsRouter,
  programmes: programmesRouter,
  schoolYears: schoolYearsRouter,
  cohorts: cohortsRouter,
  students: studentsRouter,
  people: peopleRouter,
  audit: auditRouter,
  mentorTeams: mentorTeamsRouter,
  knowledge: knowledgeRouter,
  placements: placementsRouter,
  regiegroep: regiegroepRouter,
  privacy: privacyRouter,
  mail: mailRouter,
  calendar: calendarRouter,
  start: startRouter,
  workplace: workplaceRouter,
  coaching: coachingRouter,
  report: reportRouter,
  profiles: profilesRouter,
  rollover: rolloverRouter,
});

export type AppRouter = typeof appRouter;
