import { router, procedure } from '../../trpc/init';
import { removeSchema } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/placements';
import * as rounds from './rounds.service';
import * as locationInputs from './location-inputs.service';
import * as studentInputs from './student-inputs.service';
import * as run from './run.service';
import * as results from './results.service';
import * as override from './override.service';
import * as repair from './repair.service';
import { repairProposal } from './repair-view.service';
import { roundInputs } from './inputs-view.service';
import { roundChecks } from './checks.service';
import { copyLocationsFromLastRound } from './copy-round.service';
import { importRoundFile } from './import/import.service';
import { importTemplate } from './templates.service';
import { exportPlacements, exportSnapshot } from './export.service';
import { importSnapshot } from './snapshot-import.service';
import { myPlacements, saveMyPreferences } from './self.service';
import { myLocationPlacements } from './location-view.service';

/** Placement rounds. projectleider manages, beheerder reads; students and locatie users see their own. */
export const placementsRouter = router({
  // Rounds
  list: procedure('placements.read').query(({ ctx }) => rounds.listRounds(ctx)),
  round: procedure('placements.read')
    .input(s.roundIdSchema)
    .query(({ ctx, input }) => rounds.getRound(ctx, input.roundId)),
  createRound: procedure('placements.manage')
    .input(s.roundInputSchema)
    .mutation(({ ctx, input }) => rounds.createRound(ctx, input)),
  updateRound: procedure('placements.manage')
    .input(s.roundUpdateSchema)
    .mutation(({ ctx, input }) => rounds.updateRound(ctx, input)),
  removeRound: procedure('placements.manage')
    .input(s.roundRemoveSchema)
    .mutation(({ ctx, input }) => rounds.removeRound(ctx, input)),
  publish: procedure('placements.manage')
    .input(s.roundIdSchema)
    .mutation(({ ctx, input }) => rounds.publishRound(ctx, input.roundId)),

  // What will go wrong, before running and before publishing
  checks: procedure('placements.read')
    .input(s.roundIdSchema)
    .query(({ ctx, input }) => roundChecks(ctx, input.roundId)),

  // Inputs
  inputs: procedure('placements.read')
    .input(s.roundIdSchema)
    .query(({ ctx, input }) => roundInputs(ctx, input.roundId)),
  addLocation: procedure('placements.manage')
    .input(s.roundLocationAddSchema)
    .mutation(({ ctx, input }) => locationInputs.addRoundLocation(ctx, input)),
  updateLocation: procedure('placements.manage')
    .input(s.roundLocationUpdateSchema)
    .mutation(({ ctx, input }) => locationInputs.updateRoundLocation(ctx, input)),
  copyLocations: procedure('placements.manage')
    .input(s.roundIdSchema)
    .mutation(({ ctx, input }) => copyLocationsFromLastRound(ctx, input.roundId)),
  removeLocation: procedure('placements.manage')
    .input(removeSchema)
    .mutation(({ ctx, input }) => locationInputs.removeRoundLocation(ctx, input)),
  addSupervisor: procedure('placements.manage')
    .input(s.supervisorAddSchema)
    .mutation(({ ctx, input }) => locationInputs.addSupervisor(ctx, input)),
  updateSupervisor: procedure('placements.manage')
    .input(s.supervisorUpdateSchema)
    .mutation(({ ctx, input }) => locationInputs.updateSupervisor(ctx, input)),
  removeSupervisor: procedure('placements.manage')
    .input(removeSchema)
    .mutation(({ ctx, input }) => locationInputs.removeSupervisor(ctx, input)),
  addAllStudents: procedure('placements.manage')
    .input(s.roundIdSchema)
    .mutation(({ ctx, input }) => studentInputs.addAllStudents(ctx, input.roundId)),
  updateStudent: procedure('placements.manage')
    .input(s.participantUpdateSchema)
    .mutation(({ ctx, input }) => studentInputs.updateParticipant(ctx, input)),
  removeStudent: procedure('placements.manage')
    .input(removeSchema)
    .mutation(({ ctx, input }) => studentInputs.removeParticipant(ctx, input)),

  // Files
  importFile: procedure('placements.manage')
    .input(s.importSchema)
    .mutation(({ ctx, input }) => importRoundFile(ctx, input)),
  template: procedure('placements.manage')
    .input(s.templateSchema)
    .query(({ ctx, input }) => importTemplate(ctx, input)),
  exportPlacements: procedure('placements.read')
    .input(s.exportSchema)
    .query(({ ctx, input }) => exportPlacements(ctx, input)),
  exportSnapshot: procedure('placements.read')
    .input(s.roundIdSchema)
    .query(({ ctx, input }) => exportSnapshot(ctx, input.roundId)),
  importSnapshot: procedure('placements.manage')
    .input(s.snapshotImportSchema)
    .mutation(({ ctx, input }) => importSnapshot(ctx, input)),

  // The engine (in a worker; the screen polls runStatus)
  run: procedure('placements.manage')
    .input(s.roundIdSchema)
    .mutation(({ ctx, input }) => run.startRun(ctx, input.roundId)),
  runStatus: procedure('placements.read')
    .input(s.roundIdSchema)
    .query(({ ctx, input }) => run.runStatus(ctx, input.roundId)),
  compare: procedure('placements.manage')
    .input(s.roundIdSchema)
    .mutation(({ ctx, input }) => run.startCompare(ctx, input.roundId)),
  comparison: procedure('placements.read')
    .input(s.roundIdSchema)
    .query(({ ctx, input }) => run.comparison(ctx, input.roundId)),

  // Results
  results: procedure('placements.read')
    .input(s.roundIdSchema)
    .query(({ ctx, input }) => results.roundResults(ctx, input.roundId)),
  resultsPage: procedure('placements.read')
    .input(s.resultsPageSchema)
    .query(({ ctx, input }) => results.roundResultsPage(ctx, input)),
  explanation: procedure('placements.read')
    .input(s.participantIdSchema)
    .query(({ ctx, input }) => results.participantExplanation(ctx, input.participantId)),
  locationLists: procedure('placements.read')
    .input(s.roundIdSchema)
    .query(({ ctx, input }) => results.locationLists(ctx, input.roundId)),
  override: procedure('placements.manage')
    .input(s.overrideSchema)
    .mutation(({ ctx, input }) => override.overridePlacement(ctx, input)),
  setLocked: procedure('placements.manage')
    .input(s.lockSchema)
    .mutation(({ ctx, input }) => override.setLocked(ctx, input)),

  // Repair of a published round
  proposeRepair: procedure('placements.manage')
    .input(s.proposeRepairSchema)
    .mutation(({ ctx, input }) => repair.proposeRepair(ctx, input)),
  repairProposal: procedure('placements.read')
    .input(s.roundIdSchema)
    .query(({ ctx, input }) => repairProposal(ctx, input.roundId)),
  applyRepair: procedure('placements.manage')
    .input(s.runIdSchema)
    .mutation(({ ctx, input }) => repair.applyRepair(ctx, input.runId)),
  discardRepair: procedure('placements.manage')
    .input(s.runIdSchema)
    .mutation(({ ctx, input }) => repair.discardRepair(ctx, input.runId)),

  // Own views
  mine: procedure('placements.self').query(({ ctx }) => myPlacements(ctx)),
  savePreferences: procedure('placements.self')
    .input(s.myPreferencesSchema)
    .mutation(({ ctx, input }) => saveMyPreferences(ctx, input)),
  myLocation: procedure('placements.location').query(({ ctx }) => myLocationPlacements(ctx)),
});
