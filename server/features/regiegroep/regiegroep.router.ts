import { router, procedure } from '../../trpc/init';
import { byIdSchema, removeSchema } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/regiegroep';
import { dashboard } from './dashboard/dashboard.service';
import { actorKey, cachedRead } from '../../cache/read-cache';
import { todayOf } from './access';
import { dashboardOptions } from './dashboard/scope';
import { drillSignals, drillTeam } from './dashboard/drill-teams.service';
import { drillPlacements } from './dashboard/drill-placements.service';
import { drillEntries, drillPrinciples } from './dashboard/drill-knowledge.service';
import { exportTable } from './dashboard/export.service';
import { classLine } from './dashboard/class-line.service';
import * as group from './group.service';
import * as meetings from './meetings.service';
import { getMeeting } from './meeting.service';
import * as agenda from './agenda.service';
import * as decisions from './decisions.service';
import * as actions from './actions.service';
import * as trends from './trends.service';

/**
 * The regiegroep (issue 6). `regiegroep.dashboard`: regiegroep, projectleider and mentor (a mentor sees
 * only their own teams' panels — the services decide which). `regiegroep.read`: the group, meetings,
 * registers and the placement and knowledge drill-downs. `regiegroep.write`: changes, by the chair and
 * the projectleider (access.ts). `regiegroep.ownActions`: everyone who can own an action.
 */
export const regiegroepRouter = router({
  // computed once per change of the data, per person and filter and day (server/cache/read-cache.ts)
  dashboard: procedure('regiegroep.dashboard')
    .input(s.dashboardFilterSchema)
    .query(({ ctx, input }) =>
      cachedRead(ctx.db, `regiegroep.dashboard|${actorKey(ctx.actor)}|${todayOf(ctx)}|${JSON.stringify(input)}`, () =>
        dashboard(ctx, input),
      ),
    ),
  dashboardOptions: procedure('regiegroep.dashboard').query(({ ctx }) => dashboardOptions(ctx)),
  drillTeam: procedure('regiegroep.dashboard')
    .input(s.drillTeamSchema)
    .query(({ ctx, input }) => drillTeam(ctx, input)),
  classLine: procedure('regiegroep.dashboard')
    .input(s.classLineSchema)
    .query(({ ctx, input }) => classLine(ctx, input.teamId)),
  drillSignals: procedure('regiegroep.dashboard')
    .input(s.drillSignalsSchema)
    .query(({ ctx, input }) => drillSignals(ctx, input)),
  exportTable: procedure('regiegroep.dashboard')
    .input(s.exportTableSchema)
    .query(({ ctx, input }) => exportTable(ctx, input)),
  drillPlacements: procedure('regiegroep.read')
    .input(s.drillPlacementsSchema)
    .query(({ ctx, input }) => drillPlacements(ctx, input)),
  drillEntries: procedure('regiegroep.read')
    .input(s.drillEntriesSchema)
    .query(({ ctx, input }) => drillEntries(ctx, input)),
  drillPrinciples: procedure('regiegroep.read')
    .input(s.drillPrinciplesSchema)
    .query(({ ctx, input }) => drillPrinciples(ctx, input)),

  group: procedure('regiegroep.read').query(({ ctx }) => group.group(ctx)),
  updateGroup: procedure('regiegroep.write')
    .input(s.groupUpdateSchema)
    .mutation(({ ctx, input }) => group.updateGroup(ctx, input)),
  setMemberOrganisation: procedure('regiegroep.write')
    .input(s.memberOrganisationSchema)
    .mutation(({ ctx, input }) => group.setMemberOrganisation(ctx, input)),

  meetings: procedure('regiegroep.read').query(({ ctx }) => meetings.listMeetings(ctx)),
  meeting: procedure('regiegroep.read')
    .input(byIdSchema)
    .query(({ ctx, input }) => getMeeting(ctx, input.id)),
  createMeeting: procedure('regiegroep.write')
    .input(s.meetingInputSchema)
    .mutation(({ ctx, input }) => meetings.createMeeting(ctx, input)),
  updateMeeting: procedure('regiegroep.write')
    .input(s.meetingUpdateSchema)
    .mutation(({ ctx, input }) => meetings.updateMeeting(ctx, input)),
  removeMeeting: procedure('regiegroep.write')
    .input(removeSchema)
    .mutation(({ ctx, input }) => meetings.removeMeeting(ctx, input)),

  addAgendaItem: procedure('regiegroep.write')
    .input(s.agendaItemInputSchema)
    .mutation(({ ctx, input }) => agenda.addAgendaItem(ctx, input)),
  updateAgendaItem: procedure('regiegroep.write')
    .input(s.agendaItemUpdateSchema)
    .mutation(({ ctx, input }) => agenda.updateAgendaItem(ctx, input)),
  removeAgendaItem: procedure('regiegroep.write')
    .input(removeSchema)
    .mutation(({ ctx, input }) => agenda.removeAgendaItem(ctx, input)),
  reorderAgenda: procedure('regiegroep.write')
    .input(s.agendaOrderSchema)
    .mutation(({ ctx, input }) => agenda.reorderAgenda(ctx, input)),

  decisions: procedure('regiegroep.read')
    .input(s.decisionListSchema)
    .query(({ ctx, input }) => decisions.listDecisions(ctx, input?.q ?? '')),
  recordDecision: procedure('regiegroep.write')
    .input(s.decisionInputSchema)
    .mutation(({ ctx, input }) => decisions.recordDecision(ctx, input)),
  updateDecision: procedure('regiegroep.write')
    .input(s.decisionUpdateSchema)
    .mutation(({ ctx, input }) => decisions.updateDecision(ctx, input)),
  removeDecision: procedure('regiegroep.write')
    .input(removeSchema)
    .mutation(({ ctx, input }) => decisions.removeDecision(ctx, input)),

  actions: procedure('regiegroep.read')
    .input(s.actionListSchema)
    .query(({ ctx, input }) => actions.listActions(ctx, input)),
  addAction: procedure('regiegroep.write')
    .input(s.actionInputSchema)
    .mutation(({ ctx, input }) => actions.addAction(ctx, input)),
  updateAction: procedure('regiegroep.write')
    .input(s.actionUpdateSchema)
    .mutation(({ ctx, input }) => actions.updateAction(ctx, input)),
  removeAction: procedure('regiegroep.write')
    .input(removeSchema)
    .mutation(({ ctx, input }) => actions.removeAction(ctx, input)),
  myActions: procedure('regiegroep.ownActions').query(({ ctx }) => actions.myActions(ctx)),
  setActionStatus: procedure('regiegroep.ownActions')
    .input(s.actionStatusSchema)
    .mutation(({ ctx, input }) => actions.setActionStatus(ctx, input)),

  addTrend: procedure('regiegroep.write')
    .input(s.trendInputSchema)
    .mutation(({ ctx, input }) => trends.addTrend(ctx, input)),
  removeTrend: procedure('regiegroep.write')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => trends.removeTrend(ctx, input.id)),
});
