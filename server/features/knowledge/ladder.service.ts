import { count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { adoptions, knowledgePrinciples, maturityChanges } from '../../../db/schema';
import type { principleMoveSchema } from '../../../shared/schemas/knowledge';
import { maturityRank, needsAdoptionElsewhere, type MaturityLevel } from '../../../shared/domain/knowledge';
import { AppError } from '../../errors';
import { audited, type ServiceContext } from '../scope';
import { requireNotFuture, requirePrinciple, todayOf } from './access';

/**
 * Moves a principle on the maturity ladder (only projectleider and regiegroep reach this: the
 * procedure needs `knowledge.steer`). Rules:
 * - a move goes somewhere: the same level is refused;
 * - up may skip levels; down needs a reason, kept in the history;
 * - "opgeschaald" and "geborgd" claim the principle has spread: they need at least one adoption at
 *   another TOP-locatie (adoptions are never at the origin, see adoptions.service.ts);
 * - the date of a move is today unless stated, never in the future nor before the previous move.
 */
export function movePrinciple(ctx: ServiceContext, input: z.output<typeof principleMoveSchema>) {
  const principle = requirePrinciple(ctx, input.id);
  const from = principle.maturity as MaturityLevel;
  const to = input.to;
  if (to === from) throw new AppError('CONFLICT', 'e.knowledge.sameLevel', 'to');
  const down = maturityRank(to) < maturityRank(from);
  if (down && input.reason === '') throw new AppError('BAD_REQUEST', 'v.knowledge.reasonRequired', 'reason');
  if (needsAdoptionElsewhere(to) && adoptionCount(ctx, input.id) === 0)
    throw new AppError('CONFLICT', 'e.knowledge.adoptionNeeded', 'to');

  const on = input.on ?? todayOf(ctx);
  requireNotFuture(ctx, on, 'on');
  if (on < principle.maturityOn) throw new AppError('BAD_REQUEST', 'v.knowledge.beforeLastChange', 'on');

  return audited(ctx, down ? 'principle.moveDown' : 'principle.moveUp', 'knowledge_principle', (tx) => {
    tx.update(knowledgePrinciples)
      .set({ maturity: to, maturityOn: on, updatedAt: ctx.clock.now() })
      .where(eq(knowledgePrinciples.id, input.id))
      .run();
    tx.insert(maturityChanges)
      .values({
        principleId: input.id,
        fromLevel: from,
        toLevel: to,
        reason: input.reason,
        changedOn: on,
        changedBy: ctx.actor.userId,
        at: ctx.clock.now(),
      })
      .run();
    return { id: input.id, maturity: to };
  });
}

export function adoptionCount({ db }: ServiceContext, principleId: number): number {
  return db.select({ n: count() }).from(adoptions).where(eq(adoptions.principleId, principleId)).get()!.n;
}
