/** Repair mid-year: only the students who must move, move; nothing changes before the projectleider confirms. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';
import { auditRows, PL, run, settle, studentNumberOf, type Caller } from '../helpers/placements';

let fx: DemoFixture;
let pl: Caller;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
});

/**
 * A published round: Wittering.nl (1 place), De Regenboog (`regenboogPlaces`), Het Klaverblad (1),
 * and three PW3 students who all rank them in that order.
 */
async function publishedRound(regenboogPlaces: number) {
  const ids = fx.region.eindhoven;
  const pw3 = ids.programmeIdByCode['pw3']!;
  const { id: roundId } = await pl.placements.createRound({
    name: 'Reparatieronde',
    schoolYearId: ids.schoolYearId,
    periodId: null,
    objective: 'optimal',
  });
  const add = async (name: string, capacity: number) =>
    (
      await pl.placements.addLocation({
        roundId,
        locationId: ids.locationIdByName[name]!,
        capacity,
        openDays: [1, 2, 3, 4],
        programmeCapacity: [{ programmeId: pw3, capacity }],
      })
    ).id;
  const wittering = await add('Kindcentrum Wittering.nl', 1);
  const regenboog = await add('Kindcentrum De Regenboog', regenboogPlaces);
  const klaverblad = await add('IKC Het Klaverblad', 1);
  const rows = ids.cohortStudentIds
    .slice(10, 13)
    .map((id) => `${studentNumberOf(fx, id)};Kindcentrum Wittering.nl;Kindcentrum De Regenboog;IKC Het Klaverblad`);
  const imported = await pl.placements.importFile({
    roundId,
    format: 'csv',
    sheet: 'studenten',
    content: ['studentnummer;voorkeur 1;voorkeur 2;voorkeur 3', ...rows].join('\n'),
  });
  expect(imported.ok).toBe(true);
  await run(pl, roundId);
  await pl.placements.publish({ roundId });
  return { roundId, wittering, regenboog, klaverblad };
}
const placesOf = async (roundId: number) =>
  new Map((await pl.placements.results({ roundId })).map((r) => [r.participantId, r.roundLocationId]));

describe('a student withdraws', () => {
  it('moves nobody when nobody is waiting: everyone else keeps their place', async () => {
    const r = await publishedRound(1);
    const before = await placesOf(r.roundId);
    expect([...before.values()]).not.toContain(null);
    // Everyone has a place (1 + 1 + 1); De Regenboog's student withdraws: Klaverblad's student does not move up.
    const atRegenboog = [...before].find(([, at]) => at === r.regenboog)![0];
    const status = await settle(
      pl,
      r.roundId,
      pl.placements.proposeRepair({ roundId: r.roundId, change: { kind: 'withdraw', participantId: atRegenboog } }),
    );
    expect(status).toMatchObject({ kind: 'repair', state: 'klaar' });
    const proposal = (await pl.placements.repairProposal({ roundId: r.roundId }))!;
    expect(proposal).toMatchObject({ change: { kind: 'withdraw' }, moves: [] });
    await pl.placements.applyRepair({ runId: proposal.run.id });
    const after = await placesOf(r.roundId);
    expect(after.has(atRegenboog)).toBe(false);
    for (const [id, at] of after) expect(at).toBe(before.get(id));
  });

  it('places a waiting student in the freed place, and confirms before anything changes', async () => {
    const r = await publishedRound(0);
    const before = await placesOf(r.roundId);
    const waiting = [...before].find(([, at]) => at === null)![0];
    const leaver = [...before].find(([, at]) => at === r.wittering)![0];
    const klaverblad = [...before].find(([, at]) => at === r.klaverblad)![0];
    await settle(
      pl,
      r.roundId,
      pl.placements.proposeRepair({ roundId: r.roundId, change: { kind: 'withdraw', participantId: leaver } }),
    );
    const proposal = (await pl.placements.repairProposal({ roundId: r.roundId }))!;
    // Only the waiting student moves in; the Klaverblad student does not move up to Wittering.
    expect(proposal.moves).toMatchObject([
      { participantId: waiting, from: null, to: { locationName: 'Kindcentrum Wittering.nl' }, rankAfter: 1 },
    ]);
    expect(await placesOf(r.roundId)).toEqual(before);
    await pl.placements.applyRepair({ runId: proposal.run.id });
    const after = await placesOf(r.roundId);
    expect(after.get(waiting)).toBe(r.wittering);
    expect(after.get(klaverblad)).toBe(r.klaverblad);
    expect(after.has(leaver)).toBe(false);
    expect(
      (await pl.placements.results({ roundId: r.roundId })).find((x) => x.participantId === waiting),
    ).toMatchObject({ source: 'reparatie' });
    expect(await pl.placements.round({ roundId: r.roundId })).toMatchObject({
      status: 'gepubliceerd',
      resultCurrent: true,
      students: 2,
    });
    expect(auditRows(fx, 'placement_round.repair.apply').at(-1)).toMatchObject({
      subjectId: String(r.roundId),
      detail: { moved: 1 },
    });
    expect(await failure(pl.placements.applyRepair({ runId: proposal.run.id }))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.repairDecided',
    });
  });
});

describe('a location loses capacity', () => {
  it('moves only students of that location, as few as possible', async () => {
    const r = await publishedRound(2);
    const before = await placesOf(r.roundId);
    expect([...before.values()].filter((at) => at === r.regenboog)).toHaveLength(2);
    await settle(
      pl,
      r.roundId,
      pl.placements.proposeRepair({
        roundId: r.roundId,
        change: { kind: 'capacity', roundLocationId: r.regenboog, capacity: 1 },
      }),
    );
    const proposal = (await pl.placements.repairProposal({ roundId: r.roundId }))!;
    expect(proposal.change).toEqual({ kind: 'capacity', locationName: 'Kindcentrum De Regenboog', from: 2, to: 1 });
    expect(proposal.moves).toHaveLength(1);
    const moved = proposal.moves[0]!;
    expect(moved).toMatchObject({
      from: { locationName: 'Kindcentrum De Regenboog' },
      to: { locationName: 'IKC Het Klaverblad' },
      rankBefore: 2,
      rankAfter: 3,
    });
    await pl.placements.applyRepair({ runId: proposal.run.id });
    const after = await placesOf(r.roundId);
    for (const [id, at] of after) expect(at).toBe(id === moved.participantId ? r.klaverblad : before.get(id));
    expect(
      (await pl.placements.inputs({ roundId: r.roundId })).locations.find((l) => l.id === r.regenboog)!.capacity,
    ).toBe(1);
  });
});

describe('confirmation', () => {
  it('can discard a proposal; a proposal made before another change is stale; a concept round has no repair', async () => {
    const r = await publishedRound(2);
    const [a, b] = [...(await placesOf(r.roundId)).keys()];
    await settle(
      pl,
      r.roundId,
      pl.placements.proposeRepair({ roundId: r.roundId, change: { kind: 'withdraw', participantId: a! } }),
    );
    const first = (await pl.placements.repairProposal({ roundId: r.roundId }))!;
    await pl.placements.discardRepair({ runId: first.run.id });
    expect(await failure(pl.placements.applyRepair({ runId: first.run.id }))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.repairDecided',
    });

    await settle(
      pl,
      r.roundId,
      pl.placements.proposeRepair({ roundId: r.roundId, change: { kind: 'withdraw', participantId: a! } }),
    );
    const older = (await pl.placements.repairProposal({ roundId: r.roundId }))!;
    await settle(
      pl,
      r.roundId,
      pl.placements.proposeRepair({ roundId: r.roundId, change: { kind: 'withdraw', participantId: b! } }),
    );
    const newer = (await pl.placements.repairProposal({ roundId: r.roundId }))!;
    await pl.placements.applyRepair({ runId: newer.run.id });
    expect(await failure(pl.placements.applyRepair({ runId: older.run.id }))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.placements.repairStale',
    });

    const { id: concept } = await pl.placements.createRound({
      name: 'Concept',
      schoolYearId: fx.region.eindhoven.schoolYearId,
      periodId: null,
      objective: 'optimal',
    });
    expect(
      await failure(pl.placements.proposeRepair({ roundId: concept, change: { kind: 'withdraw', participantId: a! } })),
    ).toMatchObject({ code: 'CONFLICT', message: 'e.placements.notPublished' });
  });
});
