/**
 * Issue 13: a placement run applies in one transaction and only over the state it started from. A run
 * started before an override, or before the inputs changed, is never applied over the newer state.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { placementAssignments } from '../../db/schema';
import { jobSettled } from '../../server/features/placements/jobs';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { PL, run, smallRound, type Caller } from '../helpers/placements';

let fx: DemoFixture;
let pl: Caller;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
}, 60_000);

const assignmentsOf = (roundId: number) =>
  fx.db.select().from(placementAssignments).where(eq(placementAssignments.roundId, roundId)).all();

describe('applying a run', () => {
  it('refuses a run started before an override: the override stays, nothing of the run is written', async () => {
    const r = await smallRound(fx, pl);
    await run(pl, r.roundId);
    const before = assignmentsOf(r.roundId);
    const { runId } = await pl.placements.run({ roundId: r.roundId });
    // While the engine works (in its thread), the projectleider places a student by hand.
    const moved = before.find((a) => a.roundLocationId === r.regenboog)!;
    await pl.placements.override({
      participantId: moved.participantId,
      roundLocationId: r.regenboog,
      supervisorId: null,
      days: [],
      reason: 'Afspraak met de locatie',
    });
    const afterOverride = assignmentsOf(r.roundId);
    await jobSettled(runId);
    const status = (await pl.placements.runStatus({ roundId: r.roundId }))!;
    expect(status).toMatchObject({ state: 'mislukt', error: 'e.placements.inputsChanged' });
    expect(assignmentsOf(r.roundId)).toEqual(afterOverride);
    expect(afterOverride.find((a) => a.participantId === moved.participantId)).toMatchObject({
      locked: true,
      source: 'handmatig',
    });
  });

  it('refuses a run started with other inputs than the current ones', async () => {
    const r = await smallRound(fx, pl);
    await run(pl, r.roundId);
    const before = assignmentsOf(r.roundId);
    const { runId } = await pl.placements.run({ roundId: r.roundId });
    // A change made by hand is written at once (an import reads its file in a thread and could come too late).
    await pl.placements.addLocation({
      roundId: r.roundId,
      locationId: fx.region.eindhoven.locationIdByName['IKC Het Klaverblad']!,
      capacity: 2,
      openDays: [1, 2, 3, 4, 5],
      programmeCapacity: [{ programmeId: fx.region.eindhoven.programmeIdByCode['pw3']!, capacity: 2 }],
    });
    await jobSettled(runId);
    expect((await pl.placements.runStatus({ roundId: r.roundId }))!).toMatchObject({
      state: 'mislukt',
      error: 'e.placements.inputsChanged',
    });
    expect(assignmentsOf(r.roundId)).toEqual(before);
  });

  it('applies a run over the state it started from, all in one go', async () => {
    const r = await smallRound(fx, pl);
    const status = await run(pl, r.roundId);
    expect(status).toMatchObject({ state: 'klaar' });
    expect(assignmentsOf(r.roundId)).toHaveLength(3);
  });
});
