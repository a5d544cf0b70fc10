import { router, procedure } from '../../trpc/init';
import { byIdSchema } from '../../../shared/schemas/common';
import { rolloverConfirmSchema, rolloverPreviewSchema } from '../../../shared/schemas/school-year-rollover';
import { rolloverPreview } from './preview.service';
import { confirmRollover } from './rollover.service';
import { undoRollover } from './undo.service';

/** The school-year roll-over ("Schooljaar afsluiten"): decision 087. */
export const rolloverRouter = router({
  preview: procedure('rollover.manage')
    .input(rolloverPreviewSchema)
    .query(({ ctx, input }) => rolloverPreview(ctx, input)),
  confirm: procedure('rollover.manage')
    .input(rolloverConfirmSchema)
    .mutation(({ ctx, input }) => confirmRollover(ctx, input)),
  undo: procedure('rollover.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => undoRollover(ctx, input.id)),
});
