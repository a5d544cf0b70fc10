/**
 * The hours overview, the rekentool and the report's hours summed in SQL (decision 099) against the same
 * figures worked out line by line from the old read of every line (tests/helpers/hour-lines.ts), on the demo partnership plus lines that make a wrong
 * GROUP BY show: several locations, paying organisations, labels and months, two locations and two coaches
 * of the same name, two paying organisations that run no location, weeks 44/45/53 and 2027's week 1, and
 * an organisation's cell of three coaches ("< 5").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { coaches, coachingLabels, coachingRoles, organisations } from '../../db/schema';
import { topLocations, users } from '../../db/schema';
import { hourLines } from '../helpers/hour-lines';
import { locationsWithFigures } from '../../server/features/coaching/norms.service';
import { compareDueAndLabelled } from '../../server/features/coaching/rekentool';
import { dueAndLabelledInRange } from '../../server/features/coaching/public';
import { actorFor, callerFor } from '../helpers/demo';
import { testServer, type TestServer } from '../helpers/server';
import { writeCoachingLine } from '../helpers/coaching-lines';

let s: TestServer;
let ctx: Parameters<typeof hourLines>[0];
const orgs: Record<string, number> = {};

beforeAll(async () => {
  s = await testServer();
  const p = s.region.eindhoven.partnershipId;
  ctx = { db: s.db, clock: s.clock, actor: actorFor(s.db, s.clock, 'projectleider@eindhoven.demo') };
  const now = s.clock.now();
  const [l1, l2] = s.db.select().from(topLocations).where(eq(topLocations.partnershipId, p)).all();
  s.db.update(topLocations).set({ name: l1!.name }).where(eq(topLocations.id, l2!.id)).run(); // equal names
  const labels = s.db.select().from(coachingLabels).where(eq(coachingLabels.partnershipId, p)).all();
  const role = s.db.select().from(coachingRoles).where(eq(coachingRoles.partnershipId, p)).get()!.id;
  // Alfa before Zeta by id and name; Zeta's first line comes first (same week, its coach's name first).
  for (const name of ['Alfa betaalt', 'Zeta betaalt'])
    orgs[name] = s.db.insert(organisations).values({ name, type: 'kinderopvang', createdAt: now }).returning().get().id;
  const opvang = l1!.organisationId;
  const coach = (name: string) => {
    const user = s.db
      .insert(users)
      .values({ email: `${name.replace(/\W/g, '')}${Math.random()}@uren.test`, name, createdAt: now })
      .returning()
      .get().id;
    const values = { partnershipId: p, userId: user, coachingRoleId: role, locationId: l1!.id, organisationId: opvang };
    return s.db
      .insert(coaches)
      .values({ ...values, createdAt: now })
      .returning()
      .get().id;
  };
  const line = (coachId: number, year: number, week: number, label: number, location: number, org: number) => {
    const minutes = 30 * (1 + ((coachId + week + label) % 5));
    const labelId = labels[label]!.id;
    const line = { partnershipId: p, coachId, year, week, labelId, locationId: location, organisationId: org, minutes };
    writeCoachingLine(s.db, { ...line, createdAt: now });
  };
  const aaron = coach('Aaron Aerts');
  const bram = coach('Bram Bos');
  line(bram, 2026, 2, 0, l1!.id, orgs['Alfa betaalt']!);
  line(aaron, 2026, 2, 0, l2!.id, orgs['Zeta betaalt']!);
  // Six coaches in October for Opvang; three in November for Alfa (a cell under 5); two namesakes in week 53.
  for (let i = 0; i < 6; i++) line(coach(`Coach ${i}`), 2026, 44, i % 3, i % 2 ? l1!.id : l2!.id, opvang);
  for (let i = 0; i < 3; i++) line(coach(`Klein ${i}`), 2026, 45, 1 + i, l2!.id, orgs['Alfa betaalt']!);
  for (const namesake of [coach('Sam de Vries'), coach('Sam de Vries')]) line(namesake, 2026, 53, 2, l1!.id, opvang);
  line(aaron, 2027, 1, 3, l1!.id, orgs['Zeta betaalt']!);
});

type Line = ReturnType<typeof hourLines>[number];
/** The overview's sums as the line-by-line code made them: per key, sorted by name (stable). */
function lineTotals(lines: Line[], key: (l: Line) => number, name: (l: Line) => string) {
  const sums = new Map<number, { id: number; name: string; minutes: number }>();
  for (const l of lines) {
    const entry = sums.get(key(l)) ?? { id: key(l), name: name(l), minutes: 0 };
    sums.set(key(l), { ...entry, minutes: entry.minutes + l.minutes });
  }
  return [...sums.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map(({ id, name, minutes }) => ({ id, name, hours: Math.round((minutes / 60) * 100) / 100 }));
}

describe('sums in SQL equal the sums of the lines', () => {
  it('the hours overview of 2026', async () => {
    const lines = hourLines(ctx, 2026);
    const overview = await callerFor(s, 'projectleider@eindhoven.demo').coaching.hours({ year: 2026 });
    const roleOf = new Map(lines.map((l) => [l.coachId, l.roleName]));
    expect(overview).toEqual({
      year: 2026,
      totalHours: Math.round((lines.reduce((n, l) => n + l.minutes, 0) / 60) * 100) / 100,
      byCoach: lineTotals(
        lines,
        (l) => l.coachId,
        (l) => l.coachName,
      ).map((c) => ({ ...c, roleName: roleOf.get(c.id) })),
      byLabel: lineTotals(
        lines,
        (l) => l.labelId,
        (l) => l.labelName,
      ),
      byLocation: lineTotals(
        lines,
        (l) => l.locationId,
        (l) => l.locationName,
      ),
      byOrganisation: lineTotals(
        lines,
        (l) => l.organisationId,
        (l) => l.organisationName,
      ),
    });
    // The namesakes stay two coaches, the two locations of one name two locations.
    expect(overview.byCoach.filter((c) => c.name === 'Sam de Vries')).toHaveLength(2);
    const [first] = overview.byLocation.filter((l, i, all) => all.findIndex((o) => o.name === l.name) !== i);
    expect(first).toBeDefined();
  });

  it('the rekentool of 2026: per location, organisation (in the order of first lines), label and month', async () => {
    const tool = await callerFor(s, 'projectleider@eindhoven.demo').coaching.rekentool({ year: 2026 });
    const { id: _id, revision: _revision, ...norm } = tool.norm;
    const labels = tool.byLabel.map(({ id, name, sharePercent }) => ({ id, name, sharePercent }));
    const expected = compareDueAndLabelled(norm, locationsWithFigures(ctx, 2026), labels, hourLines(ctx, 2026));
    expect(tool).toMatchObject(expected);
    expect(tool.byOrganisation).toEqual(expected.byOrganisation);
    // Zeta's first line (Aaron's) comes before Alfa's (Bram's) in week 2: not by id, not by name.
    const names = tool.byOrganisation.map((o) => o.name);
    expect(names.indexOf('Zeta betaalt')).toBe(names.indexOf('Alfa betaalt') - 1);
    expect(tool.byMonth.map((m) => m.labelled)).toEqual(expected.byMonth.map((m) => m.labelled));
  });

  it("the report's hours of the school year: minutes and coaches per organisation and month", () => {
    const range = { from: '2026-08-01', to: '2027-07-31' };
    const figures = dueAndLabelledInRange(ctx, range);
    // Line by line: every line of 2026 from August and of 2027 until July, in the month of its Thursday.
    const lines = [...hourLines(ctx, 2026), ...hourLines(ctx, 2027)]
      .map((l) => ({ ...l, key: `${l.isoYear}-${String(l.month).padStart(2, '0')}` }))
      .filter((l) => l.key >= '2026-08' && l.key <= '2027-07');
    const cell = (of: typeof lines) => ({
      labelled: Math.round((of.reduce((n, l) => n + l.minutes, 0) / 60) * 10) / 10,
      coaches: new Set(of.map((l) => l.coachId)).size,
    });
    expect(figures.total).toMatchObject(cell(lines));
    for (const m of figures.byMonth) expect(m).toMatchObject(cell(lines.filter((l) => l.key === m.month)));
    for (const o of figures.byOrganisation)
      expect(o).toMatchObject(cell(lines.filter((l) => l.organisationId === o.organisationId)));
    // By hand: Alfa's school year is November's three coaches; Zeta's 2027 week 1 is January 2027's.
    expect(figures.byOrganisation.find((o) => o.organisationName === 'Alfa betaalt')!.coaches).toBe(3);
    expect(figures.byMonth.find((m) => m.month === '2027-01')!.coaches).toBeGreaterThanOrEqual(1);
    expect(figures.byMonth.find((m) => m.month === '2026-12')!.coaches).toBeGreaterThanOrEqual(2);
  });

  it('the report shows the cell of three coaches as "< 5"', async () => {
    const report = await callerFor(s, 'regiegroep@eindhoven.demo').report.accountability({
      kind: 'schoolYear',
      schoolYearId: s.region.eindhoven.schoolYearId,
    });
    expect(report.hours.byOrganisation.find((o) => o.organisationName === 'Alfa betaalt')).toMatchObject({
      labelled: '< 5',
      difference: null,
    });
  });
});
