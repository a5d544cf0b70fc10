/**
 * The cost overview and the report's costs summed in SQL (decision 100) answer exactly what the parts of
 * cost summed line by line answer (costParts, cost-lines.ts; decision 089): on a year with a role's tariff
 * and a person's over it, a coaching line worth half a cent (rounded per line, not per cell), a mentor
 * team's week split 33,33 / 66,67 whose cents round once per week, a week counted in the quarter of its
 * Thursday, and a cell of five lines by two people that the regiegroep must see as "< 5".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import {
  coaches,
  coachingLabels,
  coachingRoles,
  mentorHourEntries,
  mentorTeamMembers,
  mentorTeamOrganisations,
  mentorTeams,
  memberships,
  users,
} from '../../db/schema';
import { costParts, type CostPart } from '../../server/features/coaching/cost-lines';
import { costTable, overviewTables, sumTable } from '../../server/features/coaching/cost-table';
import { costsPerOrganisation } from '../../server/features/coaching/public';
import { weekCountsIn } from '../../shared/domain/coaching-costs';
import { dateInIsoWeek } from '../../shared/domain/dates';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { writeCoachingLine } from '../helpers/coaching-lines';

const Y = 2027;
let fx: DemoFixture;
let partnershipId: number;
/** The mentor team's two adopting organisations, lowest id first: A pays 33,33 %, B 66,67 %. */
let A: number;
let B: number;
let labels: number[];
/** Seven new coaches: c[0]–c[3] in role R1 (c[0] with a personal tariff), c[4]–c[6] in role R2. */
const c: { userId: number; coachId: number }[] = [];

function line(who: number, year: number, week: number, organisationId: number, label: number, minutes: number) {
  const locationId = fx.region.eindhoven.locationIds[0]!;
  const coachId = c[who]!.coachId;
  writeCoachingLine(fx.db, { partnershipId, coachId, year, week, labelId: label, locationId, organisationId, minutes });
}

beforeAll(async () => {
  fx = await demoFixture();
  partnershipId = fx.region.eindhoven.partnershipId;
  const leider = callerFor(fx, 'projectleider@eindhoven.demo');
  const team = fx.db.select().from(mentorTeams).where(eq(mentorTeams.partnershipId, partnershipId)).get()!;
  const adopters = fx.db
    .select()
    .from(mentorTeamOrganisations)
    .where(eq(mentorTeamOrganisations.teamId, team.id))
    .all()
    .map((a) => a.organisationId)
    .sort((p, q) => p - q);
  expect(adopters).toHaveLength(2);
  [A, B] = adopters as [number, number];
  labels = fx.db
    .select()
    .from(coachingLabels)
    .where(eq(coachingLabels.partnershipId, partnershipId))
    .orderBy(asc(coachingLabels.position), asc(coachingLabels.id))
    .all()
    .map((l) => l.id);
  const [R1, R2] = fx.db
    .select()
    .from(coachingRoles)
    .where(eq(coachingRoles.partnershipId, partnershipId))
    .orderBy(asc(coachingRoles.id))
    .all()
    .map((r) => r.id);
  for (let i = 0; i < 7; i++) {
    const userId = fx.db
      .insert(users)
      .values({ email: `som${i}@kosten.test`, name: `Coach ${i}`, createdAt: 0 })
      .returning()
      .get().id;
    fx.db.insert(memberships).values({ userId, partnershipId, role: 'locatie', createdAt: 0 }).run();
    const coachId = fx.db
      .insert(coaches)
      .values({
        partnershipId,
        userId,
        coachingRoleId: i < 4 ? R1! : R2!,
        locationId: fx.region.eindhoven.locationIds[0]!,
        organisationId: A,
        createdAt: 0,
      })
      .returning()
      .get().id;
    c.push({ userId, coachId });
  }
  // Tariffs of 2027: R1 € 65,02, R2 € 48,01, c[0] € 52,25 over R1's; in 2028 only R1's (R2's hours unpriced).
  const save = (year: number, target: Parameters<typeof leider.coaching.saveTariff>[0]['target'], euros: string) =>
    leider.coaching.saveTariff({ year, target, euros, revision: null });
  await save(Y, { kind: 'coachingRole', coachingRoleId: R1! }, '65,02');
  await save(Y, { kind: 'coachingRole', coachingRoleId: R2! }, '48,01');
  await save(Y, { kind: 'person', userId: c[0]!.userId }, '52,25');
  await save(Y + 1, { kind: 'coachingRole', coachingRoleId: R1! }, '65,02');

  // Q1 (weeks 5, 6), A, first label: six people, seven lines of 15 minutes. R1's quarter hour is
  // € 16,255 → 1626 cents per line; c[1]'s two lines 3252 (not 3251 for half an hour at once).
  for (const who of [0, 1, 2, 3, 4, 5]) line(who, Y, 5, A, labels[0]!, 15);
  line(1, Y, 6, A, labels[0]!, 15);
  // Q2, B, first label: five lines by two people ("< 5" though five lines). c[0]'s half hours are
  // € 26,125 each → 2613 × 4 = 10452 (not 10450 for two hours at once); c[6] in week 13, whose
  // Thursday is 1 April 2027: the second quarter's.
  for (const week of [14, 15, 16, 17]) line(0, Y, week, B, labels[0]!, 30);
  line(6, Y, 13, B, labels[0]!, 15);
  // Q2, A, second label: five people.
  for (const who of [0, 1, 2, 3, 4]) line(who, Y, 20, A, labels[1]!, 15);
  // For the school year 2027/2028: week 30 of 2027 (Thursday 29 July) does not count, week 40 does,
  // and week 2 of 2028 at 2028's tariffs.
  line(0, Y, 30, A, labels[0]!, 60);
  for (const who of [0, 1, 2, 3, 4]) line(who, Y, 40, A, labels[1]!, 15);
  for (const who of [0, 1, 2, 3, 4, 5]) line(who, Y + 1, 2, A, labels[0]!, 15);

  // The mentor team's week 10: the praktijkopleider's two half hours at € 47,01 (2350,5 cents each, so
  // rounding per entry would give 4702, per week 4701), the roc-docent 45 minutes at a personal € 50,01,
  // the hogeschool-docent 20 minutes without a tariff. Split 33,33 / 66,67.
  const member = (role: string) =>
    fx.db
      .select()
      .from(mentorTeamMembers)
      .where(and(eq(mentorTeamMembers.teamId, team.id), eq(mentorTeamMembers.teamRole, role)))
      .get()!.userId;
  await save(Y, { kind: 'teamRole', teamRole: 'praktijkopleider' }, '47,01');
  await save(Y, { kind: 'person', userId: member('roc-docent') }, '50,01');
  await leider.coaching.saveCostKey({
    teamId: team.id,
    year: Y,
    revision: null,
    shares: [
      { organisationId: A, percent: '33,33' },
      { organisationId: B, percent: '66,67' },
    ],
  });
  const entry = (userId: number, day: number, minutes: number) =>
    fx.db
      .insert(mentorHourEntries)
      .values({
        partnershipId,
        teamId: team.id,
        userId,
        date: dateInIsoWeek({ year: Y, week: 10 }, day),
        isoYear: Y,
        isoWeek: 10,
        label: 'weekoverleg',
        minutes,
        createdAt: 0,
      })
      .run();
  entry(member('praktijkopleider'), 1, 30);
  entry(member('praktijkopleider'), 3, 30);
  entry(member('roc-docent'), 2, 45);
  entry(member('hogeschool-docent'), 2, 20);
});

/** The overview line by line: the parts, summed by cost-table.ts as before decision 100. */
function lineByLine(view: { organisations: { id: number }[]; labels: { id: number }[] }, exact: boolean) {
  const parts = costParts(fx.db, partnershipId, [Y]);
  const tables = overviewTables(
    parts,
    view.organisations.map((o) => o.id),
    view.labels.map((l) => l.id),
    exact,
  );
  const hoursOnly = ({ hours, hidden }: { hours: number | null; hidden: unknown }) => ({ hours, hidden });
  return {
    organisations: [...new Set(parts.map((p) => p.organisationId))].sort((p, q) => p - q),
    quarters: tables.quarters,
    byLabel: {
      cells: tables.byLabel.cells.map((r) => r.map(hoursOnly)),
      rowTotals: tables.byLabel.rowTotals.map(hoursOnly),
      columnTotals: tables.byLabel.columnTotals.map(hoursOnly),
      total: hoursOnly(tables.byLabel.total),
    },
    unpriced: parts.reduce((n, p) => n + p.unpricedMinutes, 0),
  };
}

describe('the cost overview summed in SQL', () => {
  it('gives the projectleider what the lines give, to the cent', async () => {
    const view = await callerFor(fx, 'projectleider@eindhoven.demo').coaching.costs({ year: Y });
    const expected = lineByLine(view, true);
    expect(view.organisations.map((o) => o.id).sort((p, q) => p - q)).toEqual(expected.organisations);
    expect(view.quarters).toEqual(expected.quarters);
    expect(view.byLabel).toEqual(expected.byLabel);
    expect(view.unpricedHours).toBe(Math.round((expected.unpriced / 60) * 100) / 100);
    const cell = (org: number, q: number) =>
      view.quarters.cells[view.organisations.findIndex((o) => o.id === org)]![q - 1]!;
    // A, Q1: c[0] 1306 + R1 1626 × 4 + R2 1200 × 2 = 10210, and A's 33,33 % of the mentor week's 8452
    // (60 × 4701 + 45 × 5001 = 507105 sixtieths → 8452): 2817; minutes 105 + 42 of 125.
    expect(cell(A, 1)).toEqual({ hours: 2.45, costCents: 10210 + 2817, hidden: null });
    // B, Q1: the rest of the week, 5635 cents (the left-over cent by the largest remainder) and 83 minutes.
    expect(cell(B, 1)).toEqual({ hours: 1.38, costCents: 5635, hidden: null });
    // B, Q2: 2613 × 4 + 1200 (week 13 counts in Q2).
    expect(cell(B, 2)).toEqual({ hours: 2.25, costCents: 10452 + 1200, hidden: null });
    // The hogeschool-docent's 20 minutes are unpriced: 7 at A, 13 at B.
    expect(view.unpricedHours).toBe(0.33);
  });

  it('gives the regiegroep what the lines give, with the cell of two people as "< 5"', async () => {
    const view = await callerFor(fx, 'regiegroep@eindhoven.demo').coaching.costs({ year: Y });
    const expected = lineByLine(view, false);
    expect(view.quarters).toEqual(expected.quarters);
    expect(view.byLabel).toEqual(expected.byLabel);
    const b = view.organisations.findIndex((o) => o.id === B);
    const a = view.organisations.findIndex((o) => o.id === A);
    expect(view.quarters.cells[b]![1]).toEqual({ hours: null, costCents: null, hidden: '< 5' });
    // The mentor team (three people) is "< 5" in the label table; A's six people in Q1 are not.
    expect(view.byLabel.cells[a]![view.labels.length]!.hidden).toBe('< 5');
    expect(view.byLabel.cells[a]![0]!.hidden).not.toBe('< 5');
  });
});

describe("the report's costs summed in SQL", () => {
  /** costsPerOrganisation line by line: the parts whose week counts, one column, the "< 5" rule. */
  function expectedFor(range: { from: string; to: string }, orgIds: number[]) {
    const years = [Number(range.from.slice(0, 4)), Number(range.to.slice(0, 4))].filter(
      (y, i, all) => all.indexOf(y) === i,
    );
    const parts: CostPart[] = costParts(fx.db, partnershipId, years).filter((p) =>
      weekCountsIn({ year: p.isoYear, week: p.isoWeek }, range.from, range.to),
    );
    expect(new Set(parts.map((p) => p.organisationId))).toEqual(new Set(orgIds));
    const rowOf = new Map(orgIds.map((id, i) => [id, i]));
    const table = costTable(
      sumTable(
        parts,
        orgIds.length,
        1,
        (p) => rowOf.get(p.organisationId) ?? -1,
        () => 0,
      ),
      false,
    );
    return table.cells.map((r) => ({
      hours: r[0]!.hours ?? 0,
      costCents: r[0]!.costCents ?? 0,
      suppressed: r[0]!.hidden !== null,
    }));
  }

  it.each([
    ['the second quarter of 2027', { from: '2027-04-01', to: '2027-06-30' }],
    ['the school year 2027/2028', { from: '2027-08-01', to: '2028-07-31' }],
    ['the whole of 2027', { from: '2027-01-01', to: '2027-12-31' }],
  ])('per organisation over %s', async (_, range) => {
    const rows = await costsPerOrganisation(fx.db, partnershipId, range);
    expect(rows.map(({ hours, costCents, suppressed }) => ({ hours, costCents, suppressed }))).toEqual(
      expectedFor(
        range,
        rows.map((r) => r.organisationId),
      ),
    );
  });

  it('counts the school year by hand: week 40 of 2027 and week 2 of 2028 at A, not week 30', async () => {
    const rows = await costsPerOrganisation(fx.db, partnershipId, { from: '2027-08-01', to: '2028-07-31' });
    // 2027: 1306 + 1626 × 3 + 1200; 2028: 1626 × 4 (R1), R2's two lines unpriced. 11 lines of 15 minutes.
    expect(rows).toEqual([
      expect.objectContaining({ organisationId: A, hours: 2.75, costCents: 7384 + 6504, suppressed: false }),
    ]);
    const q2 = await costsPerOrganisation(fx.db, partnershipId, { from: '2027-04-01', to: '2027-06-30' });
    // B's two people are "< 5"; A (7384 cents) is hidden beside it, or the total would give B away.
    expect(q2.map((r) => [r.organisationId, r.suppressed, r.costCents])).toEqual(
      [
        [A, true, 0],
        [B, true, 0],
      ].sort((p, q) => q2.findIndex((r) => r.organisationId === p[0]) - q2.findIndex((r) => r.organisationId === q[0])),
    );
  });
});
