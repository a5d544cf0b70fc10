import { router, procedure } from '../../trpc/init';
import * as s from '../../../shared/schemas/coaching';
import * as setup from './setup.service';
import { myWeek, saveWeek } from './week.service';
import { hoursOverview } from './hours.service';
import { exportHours } from './hours-export';
import { rekentool, saveFigures, saveNorm } from './norms.service';
import { coachEndSchema } from '../../../shared/schemas/coach-registrations';
import { endCoach } from './registrations.service';
import * as c from '../../../shared/schemas/coaching-costs';
import { removeSchema } from '../../../shared/schemas/common';
import { removeTariff, saveTariff, tariffSetup } from './tariffs.service';
import { saveCostKey } from './cost-keys.service';
import { costOverview, exportCosts } from './costs.service';

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

  // Costs (docs/decisions/089): tariffs and mentor teams' keys are managed; the overview is the regiegroep's too.
  tariffs: procedure('coaching.manage')
    .input(c.costYearSchema)
    .query(({ ctx, input }) => tariffSetup(ctx, input)),
  saveTariff: procedure('coaching.manage')
    .input(c.saveTariffSchema)
    .mutation(({ ctx, input }) => saveTariff(ctx, input)),
  removeTariff: procedure('coaching.manage')
    .input(removeSchema)
    .mutation(({ ctx, input }) => removeTariff(ctx, input)),
  saveCostKey: procedure('coaching.manage')
    .input(c.saveCostKeySchema)
    .mutation(({ ctx, input }) => saveCostKey(ctx, input)),
  costs: procedure('coaching.costs')
    .input(c.costYearSchema)
    .query(({ ctx, input }) => costOverview(ctx, input)),
  exportCosts: procedure('coaching.costs')
    .input(c.costExportSchema)
    .query(({ ctx, input }) => exportCosts(ctx, input)),
});
