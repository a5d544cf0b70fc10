/** A placement round's life: inputs, run in a worker, result, publication; locks, overrides, audit. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';
import {
  auditRows,
  PL,
  run,
  settle,
  smallRound,
  type Caller,
  locationRevision,
  roundRevision,
} from '../helpers/placements';
import { cookieOf, loginAs, trpcPost } from '../helpers/server';
import { trpcError } from '../helpers/answers';
import { buildServer } from '../../server/app';

let fx: DemoFixture;
let pl: Caller;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
});

const placeOf = async (roundId: number, participantId: number) =>
  (await pl.placements.results({ roundId })).find((r) => r.participantId === participantId)!;

describe('round lifecycle', () => {
  it('runs in a worker, stores result and explanations, and publishes only a current result', async () => {
    const r = await smallRound(fx, pl);
    expect(await failure(pl.placements.publish({ roundId: r.roundId }))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.notRun',
    });
    const status = await run(pl, r.roundId);
    expect(status).toMatchObject({ kind: 'run', state: 'klaar', error: null });
    const round = await pl.placements.round({ roundId: r.roundId });
    expect(round).toMatchObject({ status: 'gedraaid', students: 3, placed: 3, resultCurrent: true });
    const results = await pl.placements.results({ roundId: r.roundId });
    // One place at Wittering (everyone's first choice), two at De Regenboog: optimal puts 1 at rank 1.
    expect(results.map((x) => x.rank).sort()).toEqual([1, 2, 2]);
    const second = results.find((x) => x.rank === 2)!;
    const why = await pl.placements.explanation({ participantId: second.participantId });
    expect(why.withdrawn).toBe(false);
    if (why.withdrawn) return;
    expect(why.explanation.reasons).toMatchObject([
      {
        rank: 1,
        locationName: 'Kindcentrum Wittering.nl',
        code: 'full',
        optimal: { effect: 'costs-others-more', placedChange: 0 },
      },
    ]);

    // A change of the inputs makes the result out of date: publication waits for a new run.
    await pl.placements.updateLocation({
      id: r.regenboog,
      revision: locationRevision(fx, r.regenboog),
      capacity: 3,
      openDays: [1, 2, 3, 4],
      programmeCapacity: [{ programmeId: fx.region.eindhoven.programmeIdByCode['pw3']!, capacity: 3 }],
    });
    expect((await pl.placements.round({ roundId: r.roundId })).resultCurrent).toBe(false);
    expect(await failure(pl.placements.publish({ roundId: r.roundId }))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.stale',
    });
    await run(pl, r.roundId);
    await pl.placements.publish({ roundId: r.roundId });
    expect((await pl.placements.round({ roundId: r.roundId })).status).toBe('gepubliceerd');

    // After publication the inputs are fixed; the round is kept.
    expect(
      await failure(
        pl.placements.updateLocation({
          id: r.wittering,
          revision: locationRevision(fx, r.wittering),
          capacity: 5,
          openDays: [1],
          programmeCapacity: [],
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', message: 'e.placements.roundPublished' });
    expect(await failure(pl.placements.run({ roundId: r.roundId }))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.roundPublished',
    });
    expect(
      await failure(pl.placements.removeRound({ roundId: r.roundId, revision: roundRevision(fx, r.roundId) })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.publishedKept',
    });
    expect(auditRows(fx, 'placement_round.publish').some((e) => e.subjectId === String(r.roundId))).toBe(true);
  });

  it('runs one job per round at a time', async () => {
    const r = await smallRound(fx, pl);
    const first = pl.placements.run({ roundId: r.roundId });
    await first;
    expect(await failure(pl.placements.run({ roundId: r.roundId }))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.running',
    });
    expect(await failure(pl.placements.compare({ roundId: r.roundId }))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.running',
    });
    await settle(pl, r.roundId, first);
  });

  it('keeps a locked placement on a re-run, and moves it once unlocked', async () => {
    const r = await smallRound(fx, pl);
    await run(pl, r.roundId);
    const atRegenboog = (await pl.placements.results({ roundId: r.roundId })).find(
      (x) => x.roundLocationId === r.regenboog,
    )!;
    await pl.placements.setLocked({ participantId: atRegenboog.participantId, locked: true });
    // Now Wittering has room for everyone: all would rather be there.
    await pl.placements.updateLocation({
      id: r.wittering,
      revision: locationRevision(fx, r.wittering),
      capacity: 3,
      openDays: [1, 2, 3, 4, 5],
      programmeCapacity: [{ programmeId: fx.region.eindhoven.programmeIdByCode['pw3']!, capacity: 3 }],
    });
    await run(pl, r.roundId);
    const after = await pl.placements.results({ roundId: r.roundId });
    expect(after.find((x) => x.participantId === atRegenboog.participantId)).toMatchObject({
      roundLocationId: r.regenboog,
      locked: true,
    });
    expect(
      after
        .filter((x) => x.participantId !== atRegenboog.participantId)
        .every((x) => x.roundLocationId === r.wittering),
    ).toBe(true);
    await pl.placements.setLocked({ participantId: atRegenboog.participantId, locked: false });
    await run(pl, r.roundId);
    expect(await placeOf(r.roundId, atRegenboog.participantId)).toMatchObject({
      roundLocationId: r.wittering,
      locked: false,
    });
  });

  it('refuses to run when locked placements no longer fit, with a clear message', async () => {
    const r = await smallRound(fx, pl);
    await run(pl, r.roundId);
    for (const p of r.participantIds) await pl.placements.setLocked({ participantId: p, locked: true });
    await pl.placements.updateLocation({
      id: r.regenboog,
      revision: locationRevision(fx, r.regenboog),
      capacity: 0,
      openDays: [1, 2, 3, 4],
      programmeCapacity: [{ programmeId: fx.region.eindhoven.programmeIdByCode['pw3']!, capacity: 0 }],
    });
    expect(await failure(pl.placements.run({ roundId: r.roundId }))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.fixedConflict',
    });
  });
});

describe('manual override', () => {
  it('needs a reason, said in Dutch at the field over HTTP', async () => {
    const r = await smallRound(fx, pl);
    await run(pl, r.roundId);
    const f = await failure(
      pl.placements.override({ participantId: r.participantIds[0]!, roundLocationId: r.regenboog, reason: '   ' }),
    );
    expect(f.zod[0]).toMatchObject({ path: ['reason'], message: 'v.placements.reason' });
    const app = await buildServer({ db: fx.db, clock: fx.clock });
    const cookie = cookieOf(await loginAs(app, PL.eindhoven));
    const res = await trpcPost(
      app,
      'placements.override',
      cookie,
      { participantId: r.participantIds[0], roundLocationId: r.regenboog, reason: '' },
      { origin: 'http://localhost' },
    );
    expect(res.statusCode).toBe(400);
    expect(trpcError(res).data.fieldErrors).toEqual({
      reason: 'Geef een reden: een handmatige plaatsing komt met de reden in het inzagelog.',
    });
    await app.close();
  });

  it('places by hand, locked, with the reason on the placement (the audit log keeps ids only) — within the capacities', async () => {
    const r = await smallRound(fx, pl);
    await run(pl, r.roundId);
    const results = await pl.placements.results({ roundId: r.roundId });
    const atWittering = results.find((x) => x.roundLocationId === r.wittering)!;
    const atRegenboog = results.find((x) => x.roundLocationId === r.regenboog)!;
    expect(
      await failure(
        pl.placements.override({
          participantId: atRegenboog.participantId,
          roundLocationId: r.wittering,
          reason: 'Woont naast de school',
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', message: 'e.placements.overCapacity', field: 'roundLocationId' });
    expect(
      await failure(
        pl.placements.override({
          participantId: atWittering.participantId,
          roundLocationId: r.regenboog,
          reason: 'Afspraak met de opleiding',
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', message: 'e.placements.overCapacity' });
    await pl.placements.updateLocation({
      id: r.regenboog,
      revision: locationRevision(fx, r.regenboog),
      capacity: 3,
      openDays: [1, 2, 3, 4],
      programmeCapacity: [{ programmeId: fx.region.eindhoven.programmeIdByCode['pw3']!, capacity: 3 }],
    });
    await pl.placements.override({
      participantId: atWittering.participantId,
      roundLocationId: r.regenboog,
      days: [1, 3, 4],
      reason: 'Afspraak met de opleiding',
    });
    expect(await placeOf(r.roundId, atWittering.participantId)).toMatchObject({
      roundLocationId: r.regenboog,
      days: [1, 3, 4],
      locked: true,
      source: 'handmatig',
    });
    const audit = auditRows(fx, 'placement.override').find((e) => e.subjectId === String(atWittering.participantId))!;
    expect(audit.detail).toEqual({ from: r.wittering, to: r.regenboog });
    // Friday: De Regenboog is closed then.
    expect(
      await failure(
        pl.placements.override({
          participantId: atWittering.participantId,
          roundLocationId: r.regenboog,
          days: [1, 2, 5],
          reason: 'Vrijdag',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', message: 'v.placements.days', field: 'days' });
    const why = await pl.placements.explanation({ participantId: atWittering.participantId });
    if (!why.withdrawn)
      expect(why.explanation).toMatchObject({
        explained: false,
        placement: { source: 'handmatig', note: 'Afspraak met de opleiding' },
      });
  });
});

describe('audit', () => {
  it('records every view of names and places, and every change', async () => {
    const before = auditRows(fx, 'placement_round.results.view').length;
    const r = await smallRound(fx, pl);
    await pl.placements.results({ roundId: r.roundId });
    expect(auditRows(fx, 'placement_round.results.view').length).toBe(before + 1);
    for (const action of [
      'placement_round.create',
      'placement_round.location.add',
      'placement_round.import',
      'placement_round.inputs.view',
    ]) {
      expect(
        auditRows(fx, action).some((e) => e.subjectId !== null),
        action,
      ).toBe(true);
    }
  });
});
