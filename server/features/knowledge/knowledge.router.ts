import { z } from 'zod';
import { router, procedure } from '../../trpc/init';
import { byIdSchema } from '../../../shared/schemas/common';
import { EVIDENCE_KINDS } from '../../../shared/domain/knowledge';
import * as s from '../../../shared/schemas/knowledge';
import * as principles from './principles.service';
import * as ladder from './ladder.service';
import * as adoptionsService from './adoptions.service';
import * as evidence from './evidence.service';
import * as entries from './entries.service';
import * as categories from './categories.service';
import { searchKnowledge } from './search.service';
import { booklet } from './booklet.service';

/**
 * The knowledge base (issue 5). Everyone in the partnership reads (`knowledge.read`); projectleider,
 * mentor, regiegroep and locatie write (`knowledge.write`, a locatie user for their own TOP-locatie —
 * access.ts); projectleider and regiegroep move principles on the ladder and keep the own categories
 * (`knowledge.steer`).
 */
export const knowledgeRouter = router({
  options: procedure('knowledge.read').query(({ ctx }) => categories.knowledgeOptions(ctx)),
  listPrinciples: procedure('knowledge.read')
    .input(s.principleListSchema)
    .query(({ ctx, input }) => principles.listPrinciples(ctx, input)),
  getPrinciple: procedure('knowledge.read')
    .input(byIdSchema)
    .query(({ ctx, input }) => principles.getPrinciple(ctx, input.id)),
  listEntries: procedure('knowledge.read')
    .input(s.entryListSchema)
    .query(({ ctx, input }) => entries.listEntries(ctx, input)),
  getEntry: procedure('knowledge.read')
    .input(byIdSchema)
    .query(({ ctx, input }) => entries.getEntry(ctx, input.id)),
  matrix: procedure('knowledge.read').query(({ ctx }) => adoptionsService.spreadMatrix(ctx)),
  booklet: procedure('knowledge.read')
    .input(s.bookletSchema)
    .query(({ ctx, input }) => booklet(ctx, input.minMaturity)),
  search: procedure('knowledge.read')
    .input(s.searchSchema)
    .query(({ ctx, input }) => searchKnowledge(ctx, input)),

  createPrinciple: procedure('knowledge.write')
    .input(s.principleInputSchema)
    .mutation(({ ctx, input }) => principles.createPrinciple(ctx, input)),
  updatePrinciple: procedure('knowledge.write')
    .input(s.principleUpdateSchema)
    .mutation(({ ctx, input }) => principles.updatePrinciple(ctx, input)),
  createPrincipleFromEntry: procedure('knowledge.write')
    .input(s.principleFromEntrySchema)
    .mutation(({ ctx, input }) => principles.createPrincipleFromEntry(ctx, input.entryId)),
  addAdoption: procedure('knowledge.write')
    .input(s.adoptionInputSchema)
    .mutation(({ ctx, input }) => adoptionsService.addAdoption(ctx, input)),
  updateAdoption: procedure('knowledge.write')
    .input(s.adoptionUpdateSchema)
    .mutation(({ ctx, input }) => adoptionsService.updateAdoption(ctx, input)),
  removeAdoption: procedure('knowledge.write')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => adoptionsService.removeAdoption(ctx, input.id)),
  evidenceCandidates: procedure('knowledge.write')
    .input(z.object({ kind: z.enum(EVIDENCE_KINDS) }))
    .query(({ ctx, input }) => evidence.evidenceCandidates(ctx, input.kind)),
  addEvidence: procedure('knowledge.write')
    .input(s.evidenceInputSchema)
    .mutation(({ ctx, input }) => evidence.addEvidence(ctx, input)),
  removeEvidence: procedure('knowledge.write')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => evidence.removeEvidence(ctx, input.id)),
  createEntry: procedure('knowledge.write')
    .input(s.entryInputSchema)
    .mutation(({ ctx, input }) => entries.createEntry(ctx, input)),
  updateEntry: procedure('knowledge.write')
    .input(s.entryUpdateSchema)
    .mutation(({ ctx, input }) => entries.updateEntry(ctx, input)),
  setEntryStatus: procedure('knowledge.write')
    .input(s.entryStatusSchema)
    .mutation(({ ctx, input }) => entries.setEntryStatus(ctx, input)),
  addPost: procedure('knowledge.write')
    .input(s.postInputSchema)
    .mutation(({ ctx, input }) => entries.addPost(ctx, input)),

  movePrinciple: procedure('knowledge.steer')
    .input(s.principleMoveSchema)
    .mutation(({ ctx, input }) => ladder.movePrinciple(ctx, input)),
  createCategory: procedure('knowledge.steer')
    .input(s.categoryInputSchema)
    .mutation(({ ctx, input }) => categories.createCategory(ctx, input.name)),
  renameCategory: procedure('knowledge.steer')
    .input(s.categoryUpdateSchema)
    .mutation(({ ctx, input }) => categories.renameCategory(ctx, input)),
  removeCategory: procedure('knowledge.steer')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => categories.removeCategory(ctx, input.id)),
});
