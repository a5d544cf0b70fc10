/**
 * Who sees which panel and how far a drill-down goes: regiegroep members and the projectleider every
 * panel; a mentor only their own team's; students, beheerder and locatie none of it. Names only for the
 * projectleider (audited); the regiegroep gets aggregates, never a note, a reflection or a student name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cohorts, mentorTeams, signals, studentNotes, studentReflections, students } from '../../db/schema';
import { DASHBOARD_TABLES, MENTOR_TEAM_TABLES } from '../../shared/domain/regiegroep';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { auditCount, teamIdOf } from '../helpers/mentor-teams';
import { failure } from '../helpers/failure';

const E = {
  regie: 'regiegroep@eindhoven.demo',
  pl: 'projectleider@eindhoven.demo',
  mentor: 'mentor@eindhoven.demo',
  student: 'student@eindhoven.demo',
  beheer: 'beheer@eindhoven.demo',
  locatie: 'locatie@eindhoven.demo',
};
let fx: DemoFixture;
let ownTeam: number;
let otherTeam: number;
let secrets: string[];

beforeAll(async () => {
  fx = await demoFixture();
  const ids = fx.region.eindhoven;
  ownTeam = teamIdOf(fx, 'eindhoven');
  // A second class and team in Eindhoven that the demo mentor is not in, with a signal.
  const cohort = fx.db
    .insert(cohorts)
    .values({
      partnershipId: ids.partnershipId,
      name: 'Klas B',
      institutionId: ids.organisationIds['Koning Willem I College']!,
      programmeId: ids.programmeIdByCode['pw4']!,
      schoolYearId: ids.schoolYearId,
      createdAt: 0,
    })
    .returning()
    .get().id;
  otherTeam = fx.db
    .insert(mentorTeams)
    .values({
      partnershipId: ids.partnershipId,
      name: 'Mentorteam klas B',
      cohortId: cohort,
      sessionWeekday: 3,
      budgetHoursPerPeriod: 50,
      createdAt: 0,
    })
    .returning()
    .get().id;
  fx.db
    .insert(signals)
    .values({
      partnershipId: ids.partnershipId,
      teamId: otherTeam,
      kind: 'tekort',
      title: 'Signaal van klas B',
      matchKey: 'signaal van klas b',
      domain: 'onderzoek-innovatie',
      competence: 'creativiteit',
      studentCount: 6,
      firstSeenYear: 2026,
      firstSeenWeek: 46,
      lastSeenYear: 2026,
      lastSeenWeek: 46,
      weeksSeen: 1,
      status: 'nieuw',
      createdBy: ids.userIdByEmail[E.pl]!,
      createdAt: 0,
    })
    .run();
  secrets = [
    ...fx.db
      .select({ b: studentNotes.body })
      .from(studentNotes)
      .where(eq(studentNotes.partnershipId, ids.partnershipId))
      .all()
      .map((r) => r.b),
    ...fx.db
      .select({ b: studentReflections.body })
      .from(studentReflections)
      .where(eq(studentReflections.partnershipId, ids.partnershipId))
      .all()
      .map((r) => r.b),
    ...fx.db
      .select({ f: students.firstName, l: students.lastName })
      .from(students)
      .where(eq(students.partnershipId, ids.partnershipId))
      .all()
      .map((r) => `${r.f} ${r.l}`),
  ];
});

describe('the dashboard, per role', () => {
  it.each([E.regie, E.pl])('%s sees every panel, every team', async (email) => {
    const d = await callerFor(fx, email).regiegroep.dashboard({});
    expect(d.viewer.whole).toBe(true);
    expect(d.placements?.round).toBeTruthy();
    expect(d.knowledge).not.toBeNull();
    expect(d.actions?.overdue.length).toBeGreaterThan(0);
    expect(d.mentorTeams.teams.map((t) => t.id).sort()).toEqual([ownTeam, otherTeam].sort());
  });

  it("a mentor sees their own team's panels only", async () => {
    const d = await callerFor(fx, E.mentor).regiegroep.dashboard({});
    expect(d.viewer).toEqual({ whole: false, canSteer: false });
    expect([d.placements, d.knowledge, d.actions, d.meetings]).toEqual([null, null, null, null]);
    expect(d.mentorTeams.teams.map((t) => t.id)).toEqual([ownTeam]);
    expect(JSON.stringify(d)).not.toContain('Signaal van klas B');
  });

  it.each([E.student, E.beheer, E.locatie])('%s sees none of it', async (email) => {
    const caller = callerFor(fx, email).regiegroep;
    expect((await failure(caller.dashboard({}))).code).toBe('FORBIDDEN');
    expect((await failure(caller.drillTeam({ teamId: ownTeam }))).code).toBe('FORBIDDEN');
    expect((await failure(caller.exportTable({ table: 'logboeken' }))).code).toBe('FORBIDDEN');
  });
});

describe('drill-downs, per role', () => {
  it('the weeks of a team: the regiegroep sees states and members, not the logs; the projectleider and members may open them', async () => {
    const regie = await callerFor(fx, E.regie).regiegroep.drillTeam({ teamId: ownTeam });
    expect(regie.canOpen).toBe(false);
    expect(regie.weeks.find((w) => w.week === 45)?.state).toBe('ontbreekt');
    expect(regie.members.map((m) => m.name)).toContain('Mirjam de Wit');
    expect(JSON.stringify(regie)).not.toMatch(/expectations|agreements|practiceSituations/);
    expect((await callerFor(fx, E.pl).regiegroep.drillTeam({ teamId: ownTeam })).canOpen).toBe(true);
    expect((await callerFor(fx, E.mentor).regiegroep.drillTeam({ teamId: ownTeam })).canOpen).toBe(true);
    expect((await failure(callerFor(fx, E.mentor).regiegroep.drillTeam({ teamId: otherTeam }))).code).toBe('FORBIDDEN');
  });

  it('signals: a mentor gets only their own team\'s; counts under 5 students show as "< 5"', async () => {
    const mine = await callerFor(fx, E.mentor).regiegroep.drillSignals({});
    expect(mine.map((s) => s.title)).not.toContain('Signaal van klas B');
    expect((await failure(callerFor(fx, E.mentor).regiegroep.drillSignals({ teamId: otherTeam }))).code).toBe(
      'FORBIDDEN',
    );
    const all = await callerFor(fx, E.regie).regiegroep.drillSignals({});
    expect(all.map((s) => s.title)).toContain('Signaal van klas B');
    for (const s of all)
      expect(typeof s.students === 'number' ? s.students === 0 || s.students >= 5 : s.students === '< 5').toBe(true);
  });

  it('placements: names for the projectleider (audited), counts per programme for the regiegroep, nothing for a mentor', async () => {
    const before = auditCount(fx, 'regiegroep.placements.view');
    const names = await callerFor(fx, E.pl).regiegroep.drillPlacements({ outcome: 'niet-geplaatst' });
    expect(names.level).toBe('names');
    expect(names.students.length).toBeGreaterThan(0);
    expect(auditCount(fx, 'regiegroep.placements.view')).toBe(before + 1);
    const counts = await callerFor(fx, E.regie).regiegroep.drillPlacements({ outcome: 'niet-geplaatst' });
    expect(counts.level).toBe('aggregate');
    expect(counts.students).toEqual([]);
    expect(counts.groups.length).toBeGreaterThan(0);
    const placed = await callerFor(fx, E.regie).regiegroep.drillPlacements({
      outcome: 'geplaatst',
      locationId: fx.region.eindhoven.locationIds[0]!,
    });
    expect(placed.groups.every((g) => g.locationName === 'Kindcentrum Wittering.nl')).toBe(true);
    expect((await failure(callerFor(fx, E.mentor).regiegroep.drillPlacements({}))).code).toBe('FORBIDDEN');
  });

  it('dilemmas and principles: the regiegroep and projectleider; not a mentor', async () => {
    const entries = await callerFor(fx, E.regie).regiegroep.drillEntries({ status: 'open' });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.status === 'open')).toBe(true);
    expect(
      (await callerFor(fx, E.pl).regiegroep.drillPrinciples({ maturity: 'beproefd' })).every(
        (p) => p.maturity === 'beproefd',
      ),
    ).toBe(true);
    expect((await failure(callerFor(fx, E.mentor).regiegroep.drillEntries({}))).code).toBe('FORBIDDEN');
  });

  it("CSV: a mentor exports only their own team's tables", async () => {
    const mentor = callerFor(fx, E.mentor).regiegroep;
    for (const table of DASHBOARD_TABLES.filter((t) => !MENTOR_TEAM_TABLES.includes(t)))
      expect((await failure(mentor.exportTable({ table }))).code).toBe('FORBIDDEN');
    const logs = await mentor.exportTable({ table: 'logboeken' });
    expect(logs.content).toContain('Mentorteam PW3 klas A');
    expect(logs.content).not.toContain('Mentorteam klas B');
  });
});

describe('no note, reflection or student name reaches the regiegroep', () => {
  it('in the dashboard, any drill-down or any CSV', async () => {
    const c = callerFor(fx, E.regie).regiegroep;
    const outputs: unknown[] = [
      await c.dashboard({}),
      await c.drillTeam({ teamId: ownTeam }),
      await c.drillSignals({}),
      await c.drillPlacements({}),
      await c.drillPlacements({ outcome: 'geplaatst' }),
      await c.drillEntries({}),
      await c.drillPrinciples({}),
    ];
    for (const table of DASHBOARD_TABLES) outputs.push(await c.exportTable({ table }));
    const text = JSON.stringify(outputs);
    expect(secrets.length).toBeGreaterThan(30);
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
  });
});
