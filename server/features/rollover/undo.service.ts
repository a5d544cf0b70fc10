import { and, eq } from 'drizzle-orm';
import { schoolYearRollovers } from '../../../db/schema';
import { AppError } from '../../errors';
import { auditAs, found, type ServiceContext } from '../scope';
import { mayUndo } from './preview.service';
import { restore, type RolloverUndo } from './state';
import { refuseWhenChangedSince } from './undo-guard';

/**
 * Takes a roll-over back exactly, the same day only and by who did it or a beheerder (decision 087). A
 * school year the roll-over created stays (empty): the roll-over record points at it. A record changed
 * since in a field the undo would write back stops it (undo-guard.ts, decision 097).
 */
export function undoRollover(ctx: ServiceContext, id: number) {
  const row = found(
    ctx.db
      .select()
      .from(schoolYearRollovers)
      .where(and(eq(schoolYearRollovers.id, id), eq(schoolYearRollovers.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
  if (row.undoneAt !== null) throw new AppError('CONFLICT', 'e.rollover.alreadyUndone');
  if (!mayUndo(ctx, row)) {
    throw new AppError(
      'FORBIDDEN',
      row.performedBy === ctx.actor.userId || ctx.actor.roles.includes('beheerder')
        ? 'e.rollover.undoTooLate'
        : 'e.rollover.undoNotYours',
    );
  }
  return ctx.db.transaction((tx) => {
    refuseWhenChangedSince(ctx, tx, row.undo as RolloverUndo, row.toSchoolYearId);
    restore(ctx, tx, row.undo as RolloverUndo);
    tx.update(schoolYearRollovers)
      .set({ undoneBy: ctx.actor.userId, undoneAt: ctx.clock.now() })
      .where(eq(schoolYearRollovers.id, id))
      .run();
    auditAs(ctx, { action: 'school_year_rollover.undo', subjectType: 'school_year_rollover', subjectId: id });
    return { id };
  });
}
