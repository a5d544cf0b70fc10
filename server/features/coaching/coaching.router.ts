import { router, procedure } from '../../trpc/init';
import * as s from '../../../shared/schemas/coaching';
import * as setup from './setup.service';
import { myWeek, saveWeek } from './week.service';
import { exportHours, hoursOverview } from './hours.service';
import { rekentool, saveFigures, saveNorm } from './norms.service';
import { coachEndSchema } from '../../../shared/schemas/coach-registrations';
import { endCoach } from './registrations.service';

/**
 * Coaching hours (docs/decisions/085). A coach logs their own weeks (coaching.log); the projectleider and
 * the beheerder manage labels, roles and coaches (coaching.manage) and read the partnership's hours (coaching.read).
 */
export const coachingRouter = router({
  setup: procedure('coaching.manage').query(({ ctx }) => setup.coachingSetup(ctx)),
  addDefaults: procedure('coaching.manage').mutation(({ ctx }) => setup.addDefaults(ctx)),
  createLabel: procedure('coaching.manage')
    .input(s.labelInputSchema)
    .mutation(({ ctx, input }) => setup.createLabel(ctx, input)),
  updateLabel: procedure('coaching.manage')
    .input(s.labelUpdateSchema)
    .mutation(({ ctx, input }) => setup.updateLabel(ctx, input)),
  createRole: procedure('coaching.manage')
    .input(s.roleInputSchema)
    .mutation(({ ctx, input }) => setup.createRole(ctx, input)),
  updateRole: procedure('coaching.manage')
    .input(s.roleUpdateSchema)
    .mutation(({ ctx, input }) => setup.updateRole(ctx, input)),
  createCoach: procedure('coaching.manage')
    .input(s.coachInputSchema)
    .mutation(({ ctx, input }) => setup.createCoach(ctx, input)),
  updateCoach: procedure('coaching.manage')
    .input(s.coachUpdateSchema)
    .mutation(({ ctx, input }) => setup.updateCoach(ctx, input)),
  endCoach: procedure('coaching.manage')
    .input(coachEndSchema)
    .mutation(({ ctx, input }) => endCoach(ctx, input)),

  myWeek: procedure('coaching.log')
    .input(s.weekQuerySchema)
    .query(({ ctx, input }) => myWeek(ctx, input)),
  saveWeek: procedure('coaching.log')
    .input(s.saveWeekSchema)
    .mutation(({ ctx, input }) => saveWeek(ctx, input)),

  hours: procedure('coaching.read')
    .input(s.hoursOverviewSchema)
    .query(({ ctx, input }) => hoursOverview(ctx, input)),
  exportHours: procedure('coaching.read')
    .input(s.hoursExportSchema)
    .query(({ ctx, input }) => exportHours(ctx, input)),

  // The rekentool: hours due by the norm against hours labelled.
  rekentool: procedure('coaching.read')
    .input(s.hoursOverviewSchema)
    .query(({ ctx, input }) => rekentool(ctx, input)),
  saveNorm: procedure('coaching.manage')
    .input(s.saveNormSchema)
    .mutation(({ ctx, input }) => saveNorm(ctx, input)),
  saveFigures: procedure('coaching.manage')
    .input(s.saveFiguresSchema)
    .mutation(({ ctx, input }) => saveFigures(ctx, input)),
});
