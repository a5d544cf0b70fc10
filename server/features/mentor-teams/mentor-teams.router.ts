import { router, procedure } from '../../trpc/init';
import { byIdSchema } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/mentor-teams';
import * as teams from './teams.service';
import * as logs from './session-logs.service';
import * as notes from './notes.service';
import * as reflections from './reflections.service';
import * as weekReflections from './week-reflections.service';
import * as signals from './signals.service';
import * as hours from './hours.service';
import { teamWeek } from './team-week.service';
import { classOverview, studentForTeam } from './class-overview.service';
import { teamsOverview } from './overview.service';

/** Mentor teams. Permissions say what a role may do; the services check which team (access.ts). */
export const mentorTeamsRouter = router({
  // Set-up (projectleider)
  list: procedure('mentorTeams.manage').query(({ ctx }) => teams.listTeams(ctx)),
  setupOptions: procedure('mentorTeams.manage').query(({ ctx }) => teams.setupOptions(ctx)),
  create: procedure('mentorTeams.manage')
    .input(s.teamInputSchema)
    .mutation(({ ctx, input }) => teams.createTeam(ctx, input)),
  update: procedure('mentorTeams.manage')
    .input(s.teamUpdateSchema)
    .mutation(({ ctx, input }) => teams.updateTeam(ctx, input)),
  remove: procedure('mentorTeams.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => teams.removeTeam(ctx, input.id)),
  overview: procedure('mentorTeams.overview')
    .input(s.overviewSchema)
    .query(({ ctx, input }) => teamsOverview(ctx, input?.schoolYearId)),

  // The team's own screens (members; the projectleider reads along)
  myTeams: procedure('mentorTeams.read').query(({ ctx }) => teams.myTeams(ctx)),
  week: procedure('mentorTeams.read')
    .input(s.teamWeekSchema)
    .query(({ ctx, input }) => teamWeek(ctx, input)),
  classOverview: procedure('mentorTeams.read')
    .input(s.teamIdSchema)
    .query(({ ctx, input }) => classOverview(ctx, input)),
  student: procedure('mentorTeams.read')
    .input(s.teamStudentSchema)
    .query(({ ctx, input }) => studentForTeam(ctx, input)),
  createLog: procedure('mentorTeams.write')
    .input(s.logCreateSchema)
    .mutation(({ ctx, input }) => logs.createLog(ctx, input)),
  updateLog: procedure('mentorTeams.write')
    .input(s.logUpdateSchema)
    .mutation(({ ctx, input }) => logs.updateLog(ctx, input)),
  addNote: procedure('mentorTeams.write')
    .input(s.noteCreateSchema)
    .mutation(({ ctx, input }) => notes.addNote(ctx, input)),
  updateNote: procedure('mentorTeams.write')
    .input(s.noteUpdateSchema)
    .mutation(({ ctx, input }) => notes.updateNote(ctx, input)),
  removeNote: procedure('mentorTeams.write')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => notes.removeNote(ctx, input.id)),

  // Signals (the regiegroep follows them too)
  signals: procedure('mentorTeams.signals')
    .input(s.signalListSchema)
    .query(({ ctx, input }) => signals.signalsShown(ctx, input)),
  raiseSignal: procedure('mentorTeams.write')
    .input(s.signalCreateSchema)
    .mutation(({ ctx, input }) => signals.raiseSignal(ctx, input)),
  signalSeenAgain: procedure('mentorTeams.write')
    .input(s.signalSeenAgainSchema)
    .mutation(({ ctx, input }) => signals.seenAgain(ctx, input)),
  setSignalStatus: procedure('mentorTeams.signals')
    .input(s.signalStatusSchema)
    .mutation(({ ctx, input }) => signals.setSignalStatus(ctx, input)),

  // Hours (cost monitoring)
  hours: procedure('mentorTeams.hours')
    .input(s.hoursQuerySchema)
    .query(({ ctx, input }) => hours.teamHours(ctx, input)),
  exportHours: procedure('mentorTeams.hours')
    .input(s.hoursExportSchema)
    .query(({ ctx, input }) => hours.exportHours(ctx, input)),
  logHours: procedure('mentorTeams.write')
    .input(s.hourEntrySchema)
    .mutation(({ ctx, input }) => hours.logHours(ctx, input)),
  removeHours: procedure('mentorTeams.write')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => hours.removeHours(ctx, input.id)),

  // The student's own reflections
  myReflections: procedure('self.reflect').query(({ ctx }) => reflections.myReflections(ctx)),
  saveReflection: procedure('self.reflect')
    .input(s.reflectionInputSchema)
    .mutation(({ ctx, input }) => reflections.saveReflection(ctx, input)),

  // The mentors read a week's reflections, mark them read and may answer
  weekReflections: procedure('mentorTeams.read')
    .input(s.weekReflectionsSchema)
    .query(({ ctx, input }) => weekReflections.weekReflections(ctx, input)),
  markReflectionRead: procedure('mentorTeams.write')
    .input(s.reflectionReadSchema)
    .mutation(({ ctx, input }) => weekReflections.markReflectionRead(ctx, input)),
  answerReflection: procedure('mentorTeams.write')
    .input(s.reflectionAnswerSchema)
    .mutation(({ ctx, input }) => weekReflections.answerReflection(ctx, input)),
});
