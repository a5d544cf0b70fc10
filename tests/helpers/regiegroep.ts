import { fakeClock } from '../../server/clock';
import { createTestDb } from './db';
import { actorFor, callerAs } from './demo';

/**
 * A bare partnership for hand-counted aggregation tests: nothing in it but what a test puts there.
 * Two TOP-locaties (A of the kinderopvang, B of the school board), two programmes of one roc, school
 * year 2026-2027 with two periods, and a projectleider, a regiegroep member and a mentor.
 */
export function bareFixture() {
  const db = createTestDb();
  const clock = fakeClock(Date.UTC(2026, 10, 25, 9, 0, 0));
  const sql = db.$client;
  const id = (text: string, ...args: unknown[]) => Number(sql.prepare(text).run(...args).lastInsertRowid);
  const now = clock.now();
  const partnershipId = id(
    "INSERT INTO partnership (name, region, created_at) VALUES ('Telwerkplaats', 'Telregio', ?)",
    now,
  );
  const org = (name: string, type: string) => {
    const o = id('INSERT INTO organisation (name, type, created_at) VALUES (?, ?, ?)', name, type, now);
    sql
      .prepare('INSERT INTO partnership_organisation (partnership_id, organisation_id) VALUES (?, ?)')
      .run(partnershipId, o);
    return o;
  };
  const orgs = {
    opvang: org('Opvang Telstad', 'kinderopvang'),
    school: org('Schoolbestuur Telstad', 'schoolbestuur'),
    roc: org('ROC Telstad', 'roc'),
  };
  const location = (name: string, organisationId: number) =>
    id(
      "INSERT INTO top_location (partnership_id, organisation_id, name, address, city, open_days, created_at) VALUES (?, ?, ?, 'Straat 1', 'Telstad', '[1,2,3,4,5]', ?)",
      partnershipId,
      organisationId,
      name,
      now,
    );
  const locations = { a: location('Locatie A', orgs.opvang), b: location('Locatie B', orgs.school) };
  const programme = (code: string, name: string) =>
    id(
      "INSERT INTO programme (partnership_id, institution_id, code, name, nlqf_level, route, days_per_week, created_at) VALUES (?, ?, ?, ?, 3, 'bol', 2, ?)",
      partnershipId,
      orgs.roc,
      code,
      name,
      now,
    );
  const programmes = { p1: programme('p1', 'Opleiding Een'), p2: programme('p2', 'Opleiding Twee') };
  const schoolYearId = id(
    "INSERT INTO school_year (partnership_id, label, starts_on, ends_on) VALUES (?, '2026-2027', '2026-08-01', '2027-07-31')",
    partnershipId,
  );
  const periodId = (name: string, from: string, to: string) =>
    id(
      'INSERT INTO period (school_year_id, name, starts_on, ends_on) VALUES (?, ?, ?, ?)',
      schoolYearId,
      name,
      from,
      to,
    );
  const periods = {
    p1: periodId('Periode 1', '2026-08-31', '2026-11-08'),
    p2: periodId('Periode 2', '2026-11-09', '2027-07-16'),
  };
  const person = (email: string, role: string) => {
    const u = id('INSERT INTO user (email, name, created_at) VALUES (?, ?, ?)', email, email.split('@')[0], now);
    sql
      .prepare('INSERT INTO membership (user_id, partnership_id, role, created_at) VALUES (?, ?, ?, ?)')
      .run(u, partnershipId, role, now);
    return u;
  };
  const users = {
    projectleider: person('pl@tel.test', 'projectleider'),
    regiegroep: person('regie@tel.test', 'regiegroep'),
    mentor: person('mentor@tel.test', 'mentor'),
  };
  let studentNo = 0;
  const student = (programmeId: number, cohortId: number | null = null) =>
    id(
      "INSERT INTO student (partnership_id, first_name, last_name, programme_id, cohort_id, school_year_id, created_at) VALUES (?, 'Telstudent', ?, ?, ?, ?, ?)",
      partnershipId,
      `Nummer${++studentNo}`,
      programmeId,
      cohortId,
      schoolYearId,
      now,
    );
  const fx = { db, clock, partnershipId, orgs, locations, programmes, schoolYearId, periods, users, student, id };
  return { ...fx, caller: (email: string) => callerAs({ db, clock }, actorFor(db, clock, email)) };
}
export type BareFixture = ReturnType<typeof bareFixture>;

/**
 * A published round with exactly these students: placed at a location in a programme at a rank (their
 * preference list starts with that location, padded with the other), or unplaced with a reason at their
 * first choice ('geen-voorkeuren' = no list). Capacity per location and programme as given.
 */
export function publishRound(
  fx: BareFixture,
  spec: {
    capacity: Record<'a' | 'b', Partial<Record<'p1' | 'p2', number>>>;
    placed: { at: 'a' | 'b'; programme: 'p1' | 'p2'; rank: 0 | 1 | 2; count: number }[];
    unplaced: { programme: 'p1' | 'p2'; reason: string; count: number }[];
    withdrawn?: number;
  },
) {
  const sql = fx.db.$client;
  const now = fx.clock.now();
  const roundId = fx.id(
    "INSERT INTO placement_round (partnership_id, school_year_id, name, objective, status, published_at, created_by, created_at, updated_at) VALUES (?, ?, 'Telronde', 'optimal', 'gepubliceerd', ?, ?, ?, ?)",
    fx.partnershipId,
    fx.schoolYearId,
    now,
    fx.users.projectleider,
    now,
    now,
  );
  const rl = { a: 0, b: 0 };
  for (const key of ['a', 'b'] as const) {
    const caps = Object.entries(spec.capacity[key]).map(([p, capacity]) => ({
      programmeId: fx.programmes[p as 'p1' | 'p2'],
      capacity,
    }));
    rl[key] = fx.id(
      "INSERT INTO placement_round_location (round_id, location_id, capacity, open_days, programme_capacity) VALUES (?, ?, ?, '[1,2,3,4,5]', ?)",
      roundId,
      fx.locations[key],
      caps.reduce((n, c) => n + c.capacity, 0),
      JSON.stringify(caps),
    );
  }
  const participant = (programme: 'p1' | 'p2', explanation: unknown, withdrawn = false) =>
    fx.id(
      "INSERT INTO placement_participant (round_id, student_id, available_days, days_needed, explanation, withdrawn_at) VALUES (?, ?, '[1,2]', 2, ?, ?)",
      roundId,
      fx.student(fx.programmes[programme]),
      JSON.stringify(explanation),
      withdrawn ? now : null,
    );
  const pref = sql.prepare(
    'INSERT INTO placement_preference (participant_id, rank, round_location_id) VALUES (?, ?, ?)',
  );
  for (const p of spec.placed) {
    for (let i = 0; i < p.count; i++) {
      const other = rl[p.at === 'a' ? 'b' : 'a'];
      // rank 1: the location first; 2: the other location first, then this one; 0: only the other one.
      const list = p.rank === 1 ? [rl[p.at]] : p.rank === 2 ? [other, rl[p.at]] : [other];
      const pid = participant(p.programme, { reasons: [] });
      list.forEach((loc, r) => pref.run(pid, r + 1, loc));
      sql
        .prepare(
          "INSERT INTO placement_assignment (participant_id, round_id, round_location_id, days, source, updated_by, updated_at) VALUES (?, ?, ?, '[1,2]', 'engine', ?, ?)",
        )
        .run(pid, roundId, rl[p.at], fx.users.projectleider, now);
    }
  }
  for (const u of spec.unplaced) {
    for (let i = 0; i < u.count; i++) {
      const pid = participant(
        u.programme,
        u.reason === 'geen-voorkeuren' ? null : { reasons: [{ location: 'x', rank: 1, code: u.reason }] },
      );
      if (u.reason !== 'geen-voorkeuren') pref.run(pid, 1, rl.a);
    }
  }
  for (let i = 0; i < (spec.withdrawn ?? 0); i++) participant('p1', null, true);
  return roundId;
}
