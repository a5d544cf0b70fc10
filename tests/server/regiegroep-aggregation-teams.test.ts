/**
 * The mentor-team and knowledge panels against hand-counted fixtures, today 2026-11-25 (week 48):
 * - team "Vijf" (class of 5, session on Tuesday): weeks 36–48 expected; logs in 36–39, 41, 43–46
 *   (vastgesteld), 47 (concept), 42 (vervallen); 40 and 48 missing. Presence: one absence in week 36.
 *   Workplace days: planned 2, one student 0 in week 36, none filled in for week 47. 20 reflections
 *   in held weeks, 3 in missing week 40 (not counted). 3 × 1,5 hours against 2 periods × 10 hours.
 * - team "Vier" (class of 4): one log, week 36.
 * - dilemmas: D1 at A (docenten) open 10-09, besproken 05-10, besluit 20-11; D2 at B (kosten) open 12-10.
 * - principle P1 at A: geidentificeerd 01-09, beproefd 15-10, adopted at B 01-11.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dateInIsoWeek } from '../../shared/domain/dates';
import { bareFixture, type BareFixture } from '../helpers/regiegroep';
import { failure } from '../helpers/failure';

let fx: BareFixture;
let five: number;
let four: number;

function team(name: string, size: number) {
  const cohort = fx.id(
    'INSERT INTO cohort (partnership_id, name, institution_id, programme_id, school_year_id, created_at) VALUES (?, ?, ?, ?, ?, 0)',
    fx.partnershipId,
    `Klas ${name}`,
    fx.orgs.roc,
    fx.programmes.p1,
    fx.schoolYearId,
  );
  const id = fx.id(
    'INSERT INTO mentor_team (partnership_id, name, cohort_id, session_weekday, budget_hours_per_period, created_at) VALUES (?, ?, ?, 2, 10, 0)',
    fx.partnershipId,
    `Team ${name}`,
    cohort,
  );
  return { id, students: Array.from({ length: size }, () => fx.student(fx.programmes.p1, cohort)) };
}
function log(teamId: number, week: number, status: string) {
  return fx.id(
    'INSERT INTO mentor_session_log (partnership_id, team_id, iso_year, iso_week, session_date, status, created_by, created_at, updated_by, updated_at) VALUES (?, ?, 2026, ?, ?, ?, ?, 0, ?, 0)',
    fx.partnershipId,
    teamId,
    week,
    dateInIsoWeek({ year: 2026, week }, 2),
    status,
    fx.users.mentor,
    fx.users.mentor,
  );
}

beforeAll(() => {
  fx = bareFixture();
  const t5 = team('Vijf', 5);
  const t4 = team('Vier', 4);
  [five, four] = [t5.id, t4.id];
  const sql = fx.db.$client;
  sql
    .prepare("INSERT INTO mentor_team_member (team_id, user_id, team_role) VALUES (?, ?, 'praktijkopleider')")
    .run(five, fx.users.mentor);
  sql
    .prepare('INSERT INTO mentor_team_organisation (team_id, organisation_id) VALUES (?, ?)')
    .run(five, fx.orgs.opvang);
  const attend = sql.prepare(
    'INSERT INTO mentor_session_attendance (log_id, student_id, attendance, days_planned, days_present) VALUES (?, ?, ?, 2, ?)',
  );
  for (const week of [36, 37, 38, 39, 41, 43, 44, 45, 46, 47]) {
    const id = log(five, week, week === 47 ? 'concept' : 'vastgesteld');
    t5.students.forEach((s, i) =>
      attend.run(
        id,
        s,
        week === 36 && i === 0 ? 'afwezig' : 'aanwezig',
        week === 47 ? null : week === 36 && i === 0 ? 0 : 2,
      ),
    );
  }
  log(five, 42, 'vervallen');
  const l4 = log(four, 36, 'vastgesteld');
  t4.students.forEach((s) => attend.run(l4, s, 'aanwezig', 2));
  const reflect = sql.prepare(
    "INSERT INTO student_reflection (partnership_id, student_id, iso_year, iso_week, body, created_at, updated_at) VALUES (?, ?, 2026, ?, 'geheime reflectie', 0, 0)",
  );
  [36, 37, 38, 39].forEach((week) => t5.students.forEach((s) => reflect.run(fx.partnershipId, s, week)));
  t5.students.slice(0, 3).forEach((s) => reflect.run(fx.partnershipId, s, 40));
  const hours = sql.prepare(
    "INSERT INTO mentor_hour_entry (partnership_id, team_id, user_id, date, iso_year, iso_week, label, minutes, created_at) VALUES (?, ?, ?, ?, 2026, 40, 'weekoverleg', 30, 0)",
  );
  for (const date of ['2026-09-29', '2026-09-30', '2026-10-01'])
    hours.run(fx.partnershipId, five, fx.users.mentor, date);
  const signal = sql.prepare(
    "INSERT INTO mentor_signal (partnership_id, team_id, kind, title, match_key, domain, competence, student_count, first_seen_year, first_seen_week, last_seen_year, last_seen_week, weeks_seen, status, created_by, created_at) VALUES (?, ?, 'tekort', ?, ?, ?, 'creativiteit', ?, 2026, ?, 2026, ?, 1, ?, ?, 0)",
  );
  signal.run(fx.partnershipId, five, 'S1', 's1', 'leren-ontwikkelen', 3, 37, 37, 'nieuw', fx.users.mentor);
  signal.run(fx.partnershipId, five, 'S2', 's2', 'leren-ontwikkelen', 5, 41, 43, 'opgepakt', fx.users.mentor);
  signal.run(fx.partnershipId, five, 'S3', 's3', 'organisatie-samenwerking', 0, 45, 45, 'afgerond', fx.users.mentor);
  signal.run(fx.partnershipId, four, 'S4', 's4', 'onderzoek-innovatie', 2, 44, 44, 'nieuw', fx.users.mentor);

  const entry = (title: string, category: string, location: number, on: string, status: string, statusOn: string) =>
    fx.id(
      "INSERT INTO knowledge_entry (partnership_id, type, title, category, location_id, blocks, involved, status, status_on, occurred_on, created_by, created_at, updated_at) VALUES (?, 'dilemma', ?, ?, ?, '[]', '[]', ?, ?, ?, ?, 0, 0)",
      fx.partnershipId,
      title,
      category,
      location,
      status,
      statusOn,
      on,
      fx.users.regiegroep,
    );
  const change = sql.prepare(
    'INSERT INTO knowledge_entry_status_change (entry_id, from_status, to_status, changed_on, changed_by, at) VALUES (?, ?, ?, ?, ?, 0)',
  );
  const d1 = entry('D1', 'docenten', fx.locations.a, '2026-09-10', 'besluit', '2026-11-20');
  change.run(d1, null, 'open', '2026-09-10', fx.users.regiegroep);
  change.run(d1, 'open', 'besproken', '2026-10-05', fx.users.regiegroep);
  change.run(d1, 'besproken', 'besluit', '2026-11-20', fx.users.regiegroep);
  const d2 = entry('D2', 'kosten', fx.locations.b, '2026-10-12', 'open', '2026-10-12');
  change.run(d2, null, 'open', '2026-10-12', fx.users.regiegroep);
  const p1 = fx.id(
    "INSERT INTO knowledge_principle (partnership_id, statement, blocks, found_at_location_id, maturity, maturity_on, identified_on, created_by, created_at, updated_at) VALUES (?, 'P1', '[\"LOS\"]', ?, 'beproefd', '2026-10-15', '2026-09-01', ?, 0, 0)",
    fx.partnershipId,
    fx.locations.a,
    fx.users.regiegroep,
  );
  const move = sql.prepare(
    'INSERT INTO knowledge_maturity_change (principle_id, from_level, to_level, changed_on, changed_by, at) VALUES (?, ?, ?, ?, ?, 0)',
  );
  move.run(p1, null, 'geidentificeerd', '2026-09-01', fx.users.regiegroep);
  move.run(p1, 'geidentificeerd', 'beproefd', '2026-10-15', fx.users.regiegroep);
  sql
    .prepare(
      "INSERT INTO knowledge_adoption (principle_id, location_id, adopted_on, created_by, created_at) VALUES (?, ?, '2026-11-01', ?, 0)",
    )
    .run(p1, fx.locations.b, fx.users.regiegroep);
});

const regie = (filter: Record<string, number> = {}) => fx.caller('regie@tel.test').regiegroep.dashboard(filter);

describe('weekly logs: the heat map', () => {
  it('marks each expected week logged, missing or without a session', async () => {
    const m = (await regie()).mentorTeams;
    expect(m.weeks.map((w) => w.week)).toEqual([36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48]);
    const row = m.heatmap.find((h) => h.teamId === five)!;
    const state = (week: number) => row.cells.find((c) => c.key === `2026-W${week}`)!.state;
    expect([state(39), state(40), state(42), state(47), state(48)]).toEqual([
      'vastgesteld',
      'ontbreekt',
      'vervallen',
      'concept',
      'ontbreekt',
    ]);
    expect(m.teams.find((t) => t.id === five)!.logs).toEqual({ present: 10, missing: 2, cancelled: 1, expected: 13 });
    expect(m.teams.find((t) => t.id === five)!.logRate).toBe(83.3);
  });

  it('cuts the weeks to the chosen period (week 36–45: only week 40 missing)', async () => {
    const t = (await regie({ periodId: fx.periods.p1 })).mentorTeams.teams.find((x) => x.id === five)!;
    expect(t.logs).toEqual({ present: 8, missing: 1, cancelled: 1, expected: 10 });
  });
});

describe('presence, reflections and hours', () => {
  it('gives rates for the class of 5: 49/50 at the session, 88/90 workplace days, 20/50 reflections, 4,5 of 20 hours', async () => {
    const t = (await regie()).mentorTeams.teams.find((x) => x.id === five)!;
    expect(t.classSize).toBe(5);
    expect([t.presenceRate, t.workplaceRate, t.reflectionRate]).toEqual([98, 97.8, 40]);
    expect(t.hours).toEqual({ spent: 1.5, budget: 20, rate: 7.5 });
  });

  it('shows the class of 4 as "< 5" and none of its rates', async () => {
    const t = (await regie()).mentorTeams.teams.find((x) => x.id === four)!;
    expect(t.classSize).toBe('< 5');
    expect([t.presenceRate, t.workplaceRate, t.reflectionRate]).toEqual([null, null, null]);
  });
});

describe('signals per Beroepsbeeld domain and competence, over time and by status', () => {
  it('counts signals by the month first raised (a week belongs to the month of its Thursday: week 44 is October) and by status', async () => {
    const s = (await regie()).mentorTeams.signals;
    expect(s.total).toBe(4);
    expect(
      s.byMonth.map((m) => [m.month, m['leren-ontwikkelen'], m['onderzoek-innovatie'], m['organisatie-samenwerking']]),
    ).toEqual([
      ['2026-08', 0, 0, 0],
      ['2026-09', 1, 0, 0],
      ['2026-10', 1, 1, 0],
      ['2026-11', 0, 0, 1],
    ]);
    expect(s.byDomain.find((d) => d.domain === 'leren-ontwikkelen')).toEqual({
      domain: 'leren-ontwikkelen',
      nieuw: 1,
      doorgezet: 0,
      opgepakt: 1,
      afgerond: 0,
    });
    expect(s.byCompetence.find((c) => c.competence === 'creativiteit')).toEqual({
      competence: 'creativiteit',
      nieuw: 2,
      doorgezet: 0,
      opgepakt: 1,
      afgerond: 1,
    });
  });

  it('a mentor sees only their own team: its heat map, rates and signals', async () => {
    const d = await fx.caller('mentor@tel.test').regiegroep.dashboard({});
    expect(d.mentorTeams.teams.map((t) => t.name)).toEqual(['Team Vijf']);
    expect(d.mentorTeams.signals.total).toBe(3);
    expect([d.placements, d.knowledge, d.actions]).toEqual([null, null, null]);
    expect((await failure(fx.caller('mentor@tel.test').regiegroep.drillTeam({ teamId: four }))).code).toBe('FORBIDDEN');
  });

  it("a team adopted by the organisation, or of its class's institution, is in that organisation's view", async () => {
    expect((await regie({ organisationId: fx.orgs.opvang })).mentorTeams.teams.map((t) => t.name)).toEqual([
      'Team Vijf',
    ]);
    expect((await regie({ organisationId: fx.orgs.roc })).mentorTeams.teams).toHaveLength(2);
    expect((await regie({ organisationId: fx.orgs.school })).mentorTeams.teams).toHaveLength(0);
  });
});

describe('the knowledge base', () => {
  it('counts dilemmas per status as they stood at the end of each month', async () => {
    const k = (await regie()).knowledge!;
    expect(k.dilemmasOverTime.map((m) => [m.month, m.open, m.besproken, m.besluit])).toEqual([
      ['2026-08', 0, 0, 0],
      ['2026-09', 1, 0, 0],
      ['2026-10', 1, 1, 0],
      ['2026-11', 1, 0, 1],
    ]);
    expect(k.dilemmasByCategory.map((c) => [c.category, c.open, c.besluit])).toEqual([
      ['docenten', 0, 1],
      ['kosten', 1, 0],
    ]);
  });

  it('counts principles by maturity, ready to scale, and their spread', async () => {
    const k = (await regie()).knowledge!;
    expect(k.principlesByMaturity.find((m) => m.maturity === 'beproefd')!.principles).toBe(1);
    expect(k.readyToScale).toBe(1);
    expect(k.adoptionSpread).toEqual([
      { spread: 0, principles: 0 },
      { spread: 1, principles: 1 },
      { spread: 2, principles: 0 },
      { spread: 3, principles: 0 },
    ]);
    expect(k.adoptionsByLocation).toEqual([{ locationId: fx.locations.b, name: 'Locatie B', adoptions: 1 }]);
  });

  it('the period filter shows the stand at its end (period 1 ends 08-11: D1 still besproken)', async () => {
    const k = (await regie({ periodId: fx.periods.p1 })).knowledge!;
    expect(k.asOf).toBe('2026-11-08');
    expect(k.dilemmasByCategory.map((c) => [c.category, c.besproken, c.besluit])).toEqual([
      ['docenten', 1, 0],
      ['kosten', 0, 0],
    ]);
  });

  it('the location filter keeps what happened there', async () => {
    const k = (await regie({ locationId: fx.locations.a })).knowledge!;
    expect(k.dilemmasByCategory.map((c) => c.category)).toEqual(['docenten']);
    expect(k.readyToScale).toBe(1);
  });
});

describe('no notes or reflections reach the dashboard', () => {
  it('has no reflection text anywhere in what the server sends', async () => {
    expect(JSON.stringify(await regie())).not.toContain('geheime reflectie');
  });
});
