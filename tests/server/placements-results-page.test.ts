/** The paged result list: pages, search and the unplaced filter on the server, counts of the whole round, fresh after a change. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { failure } from '../helpers/failure';
import { auditRows, demoRoundId, PL, type Caller } from '../helpers/placements';

let fx: DemoFixture;
let pl: Caller;
let roundId: number;
beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
  roundId = demoRoundId(fx, 'eindhoven', 'published');
});

describe('placements.resultsPage', () => {
  it('splits the whole list into pages in the same order, with the counts of the whole round', async () => {
    const all = await pl.placements.results({ roundId });
    const pages = [];
    for (let page = 1; page <= 7; page++) pages.push(await pl.placements.resultsPage({ roundId, page, pageSize: 10 }));
    expect(pages[0]).toMatchObject({
      total: all.length,
      matching: all.length,
      pageCount: Math.ceil(all.length / 10),
      page: 1,
      pageSize: 10,
    });
    expect(pages.flatMap((p) => p.rows)).toEqual(all);
    const unplaced = all.filter((r) => r.roundLocationId === null).length;
    expect(pages[0]).toMatchObject({ placed: all.length - unplaced, unplaced });
    // a page past the end gives the last page, not an empty screen
    expect((await pl.placements.resultsPage({ roundId, page: 999, pageSize: 10 })).page).toBe(
      Math.ceil(all.length / 10),
    );
  });

  it('filters on unplaced students and searches name, student number and location, case-insensitively', async () => {
    const all = await pl.placements.results({ roundId });
    const unplaced = await pl.placements.resultsPage({ roundId, onlyUnplaced: true, pageSize: 200 });
    expect(unplaced.rows).toEqual(all.filter((r) => r.roundLocationId === null));
    const someone = all.find((r) => r.locationName !== null)!;
    const byName = await pl.placements.resultsPage({ roundId, search: `  ${someone.name.toUpperCase()} ` });
    expect(byName.rows.map((r) => r.participantId)).toContain(someone.participantId);
    expect(byName.rows.every((r) => r.name.toLowerCase().includes(someone.name.toLowerCase()))).toBe(true);
    const part = someone.locationName!.slice(0, 8).toLowerCase();
    const byLocation = await pl.placements.resultsPage({ roundId, search: part, pageSize: 200 });
    expect(byLocation.matching).toBe(
      all.filter((r) =>
        [r.name, r.studentNumber, r.locationName ?? ''].some((text) => text.toLowerCase().includes(part)),
      ).length,
    );
    expect(byLocation.matching).toBeGreaterThan(0);
    expect((await pl.placements.resultsPage({ roundId, search: 'niemand-heet-zo' })).rows).toEqual([]);
  });

  it('shows a change at once (the cached rows end with any write) and audits every page viewed', () =>
    rolledBack(fx.db, async () => {
      const before = auditRows(fx, 'placement_round.results.view').length;
      const first = (await pl.placements.resultsPage({ roundId, pageSize: 10 })).rows.find(
        (r) => r.roundLocationId !== null,
      )!;
      await pl.placements.setLocked({ participantId: first.participantId, locked: !first.locked });
      const after = (await pl.placements.resultsPage({ roundId, pageSize: 10 })).rows.find(
        (r) => r.participantId === first.participantId,
      )!;
      expect(after.locked).toBe(!first.locked);
      expect(auditRows(fx, 'placement_round.results.view').length).toBe(before + 2);
    }));

  it('rejects bad paging with field messages, and another partnership finds nothing', async () => {
    expect(await failure(pl.placements.resultsPage({ roundId, pageSize: 5000 }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await failure(pl.placements.resultsPage({ roundId, page: 0 }))).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await failure(callerFor(fx, PL.rotterdam).placements.resultsPage({ roundId }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
