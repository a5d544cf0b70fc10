import { bareFixture, publishRound, type BareFixture } from './regiegroep';

/**
 * The hand-counted partnership of the report tests (decision 091), period Q4 2026 (October–December):
 * - a round of 12 students taking part (2 more withdrew): 7 placed at A (Opvang), 4 at B (Schoolbestuur),
 *   1 unplaced; applied to Opvang's A 9 (7 + 1 + the unplaced), to Schoolbestuur's B 4;
 * - norm 2026 10 hours per VE child; A 12 VE children (120 a year: 30 in Q4), B 6 (60: 15 in Q4);
 *   6 coaches paid by Opvang label 2 hours each in October (12 h), 2 paid by Schoolbestuur 3 hours in
 *   November (6 h), 5 paid by the ROC 1 hour in December (5 h); one more 5 hours in September (outside);
 * - three signals in Q4, two with a decision (one in another domain); one in September;
 * - principle P1 reaches "opgeschaald" in November after an adoption at B in October; P2 is only adopted
 *   at B in December; P3 moved to "beproefd" only.
 */
export function reportFixture(): BareFixture & { coaches: number[] } {
  const fx = bareFixture();
  const { id } = fx;
  const role = id(
    "INSERT INTO coaching_role (partnership_id, name, created_at) VALUES (?, 'IB''er 0-4', 0)",
    fx.partnershipId,
  );
  const label = id(
    "INSERT INTO coaching_label (partnership_id, name, position, created_at) VALUES (?, 'Weekoverleg', 0, 0)",
    fx.partnershipId,
  );
  id(
    'INSERT INTO coaching_norm (partnership_id, year, hours_per_ve_child, created_at) VALUES (?, 2026, 10, 0)',
    fx.partnershipId,
  );
  for (const [loc, ve] of [
    [fx.locations.a, 12],
    [fx.locations.b, 6],
  ] as const)
    id(
      'INSERT INTO coaching_location_figures (partnership_id, location_id, year, ve_children, created_at) VALUES (?, ?, 2026, ?, 0)',
      fx.partnershipId,
      loc,
      ve,
    );
  const coaches: number[] = [];
  const coach = (n: number, organisationId: number, week: number, hours: number) => {
    const user = id('INSERT INTO user (email, name, created_at) VALUES (?, ?, 0)', `coach${n}@tel.test`, `Coach ${n}`);
    const c = id(
      'INSERT INTO coach (partnership_id, user_id, coaching_role_id, location_id, organisation_id, created_at) VALUES (?, ?, ?, ?, ?, 0)',
      fx.partnershipId,
      user,
      role,
      fx.locations.a,
      organisationId,
    );
    coaches.push(c);
    const w = id(
      'INSERT INTO coaching_week (partnership_id, coach_id, iso_year, iso_week, created_at) VALUES (?, ?, 2026, ?, 0)',
      fx.partnershipId,
      c,
      week,
    );
    id(
      'INSERT INTO coaching_hours (week_id, label_id, location_id, organisation_id, minutes) VALUES (?, ?, ?, ?, ?)',
      w,
      label,
      fx.locations.a,
      organisationId,
      hours * 60,
    );
  };
  let n = 0;
  for (let i = 0; i < 6; i++) coach(++n, fx.orgs.opvang, 41, 2); // Thursday 8 October
  for (let i = 0; i < 2; i++) coach(++n, fx.orgs.school, 46, 3); // Thursday 12 November
  for (let i = 0; i < 5; i++) coach(++n, fx.orgs.roc, 50, 1); // Thursday 10 December
  coach(++n, fx.orgs.opvang, 39, 5); // Thursday 24 September: outside Q4

  publishRound(fx, {
    capacity: { a: { p1: 10 }, b: { p1: 2, p2: 5 } },
    placed: [
      { at: 'a', programme: 'p1', rank: 1, count: 7 },
      { at: 'b', programme: 'p2', rank: 1, count: 3 },
      { at: 'b', programme: 'p1', rank: 2, count: 1 },
    ],
    unplaced: [{ programme: 'p1', reason: 'capaciteit', count: 1 }],
    withdrawn: 2,
  });

  const cohort = id(
    "INSERT INTO cohort (partnership_id, name, institution_id, programme_id, school_year_id, created_at) VALUES (?, 'Klas', ?, ?, ?, 0)",
    fx.partnershipId,
    fx.orgs.roc,
    fx.programmes.p1,
    fx.schoolYearId,
  );
  const team = id(
    "INSERT INTO mentor_team (partnership_id, name, cohort_id, session_weekday, budget_hours_per_period, created_at) VALUES (?, 'Team', ?, 2, 10, 0)",
    fx.partnershipId,
    cohort,
  );
  const signal = (title: string, domain: string, week: number) =>
    id(
      "INSERT INTO mentor_signal (partnership_id, team_id, kind, title, match_key, domain, competence, student_count, first_seen_year, first_seen_week, last_seen_year, last_seen_week, weeks_seen, status, created_by, created_at) VALUES (?, ?, 'tekort', ?, ?, ?, 'creativiteit', 3, 2026, ?, 2026, ?, 1, 'nieuw', ?, 0)",
      fx.partnershipId,
      team,
      title,
      title.toLowerCase(),
      domain,
      week,
      week,
      fx.users.mentor,
    );
  const s1 = signal('S1', 'leren-ontwikkelen', 41);
  signal('S2', 'leren-ontwikkelen', 45);
  const s3 = signal('S3', 'onderzoek-innovatie', 50);
  const s0 = signal('S0', 'leren-ontwikkelen', 38);
  const meeting = id(
    "INSERT INTO regiegroep_meeting (partnership_id, held_on, title, status, created_by, created_at, updated_at) VALUES (?, '2026-12-15', 'Overleg', 'gehouden', ?, 0, 0)",
    fx.partnershipId,
    fx.users.regiegroep,
  );
  for (const s of [s1, s3, s0])
    id(
      "INSERT INTO regiegroep_decision (partnership_id, meeting_id, subject_kind, subject_id, text, created_by, created_at, updated_at) VALUES (?, ?, 'signaal', ?, 'Besluit', ?, 0, 0)",
      fx.partnershipId,
      meeting,
      s,
      fx.users.regiegroep,
    );

  const principle = (statement: string, maturity: string) =>
    id(
      "INSERT INTO knowledge_principle (partnership_id, statement, blocks, found_at_location_id, maturity, maturity_on, identified_on, created_by, created_at, updated_at) VALUES (?, ?, '[\"LOS\"]', ?, ?, '2026-09-01', '2026-09-01', ?, 0, 0)",
      fx.partnershipId,
      statement,
      fx.locations.a,
      maturity,
      fx.users.regiegroep,
    );
  const move = (p: number, to: string, on: string) =>
    id(
      'INSERT INTO knowledge_maturity_change (principle_id, to_level, changed_on, changed_by, at) VALUES (?, ?, ?, ?, 0)',
      p,
      to,
      on,
      fx.users.regiegroep,
    );
  const adopt = (p: number, loc: number, on: string) =>
    id(
      'INSERT INTO knowledge_adoption (principle_id, location_id, adopted_on, created_by, created_at) VALUES (?, ?, ?, ?, 0)',
      p,
      loc,
      on,
      fx.users.regiegroep,
    );
  const p1 = principle('P1', 'opgeschaald');
  move(p1, 'beproefd', '2026-09-01');
  move(p1, 'opgeschaald', '2026-11-20');
  adopt(p1, fx.locations.b, '2026-10-05');
  const p2 = principle('P2', 'beproefd');
  adopt(p2, fx.locations.b, '2026-12-01');
  const p3 = principle('P3', 'beproefd');
  move(p3, 'beproefd', '2026-10-10');
  return { ...fx, coaches };
}
