import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { placementRounds, placementRuns, users } from '../../db/schema';
import { failInterruptedRuns } from '../../server/features/placements/recover-runs';
import { demoFixture } from '../helpers/demo';

describe('engine jobs after a restart', () => {
  it('marks jobs the previous process left running as failed, and leaves finished ones alone', async () => {
    const fx = await demoFixture();
    const round = fx.db
      .select()
      .from(placementRounds)
      .where(eq(placementRounds.partnershipId, fx.region.eindhoven.partnershipId))
      .get()!;
    const user = fx.db.select().from(users).where(eq(users.email, 'projectleider@eindhoven.demo')).get()!;
    const base = {
      roundId: round.id,
      kind: 'run',
      stage: 'oplossen',
      inputsRevision: round.inputsRevision,
      createdBy: user.id,
      createdAt: fx.clock.now(),
    };
    const running = fx.db
      .insert(placementRuns)
      .values({ ...base, state: 'bezig' })
      .returning()
      .get();
    const queued = fx.db
      .insert(placementRuns)
      .values({ ...base, state: 'wachtrij' })
      .returning()
      .get();
    const before = fx.db
      .select({ id: placementRuns.id, state: placementRuns.state })
      .from(placementRuns)
      .all()
      .filter((r) => r.id !== running.id && r.id !== queued.id);

    expect(failInterruptedRuns(fx.db, fx.clock)).toBe(2);

    const after = new Map(
      fx.db
        .select({ id: placementRuns.id, state: placementRuns.state, error: placementRuns.error })
        .from(placementRuns)
        .all()
        .map((r) => [r.id, r]),
    );
    expect(after.get(running.id)).toMatchObject({ state: 'mislukt', error: 'e.placements.engineFailed' });
    expect(after.get(queued.id)?.state).toBe('mislukt');
    for (const r of before) expect(after.get(r.id)!.state).toBe(r.state);
  });
});
