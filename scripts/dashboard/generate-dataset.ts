/**
 * A large partnership for `npm run bench:dashboard`: 10,000 students, 16 mentor teams × 25 weeks = 400
 * team-weeks of logs (with attendance), 100,000 reflections, a published placement round for every
 * student (5 preferences each, explanations stored), signals, hours, a knowledge base and a regiegroep.
 * Written with prepared statements in one transaction: a few seconds, not minutes.
 */
import type Database from 'better-sqlite3';
import { addDays, addWeeks, dateInIsoWeek, type IsoWeek } from '../../shared/domain/dates';
import { seededRandom } from '../../server/seed/random';
import { BEROEPSBEELD_COMPETENCE_CODES, BEROEPSBEELD_DOMAIN_CODES } from '../../shared/domain/beroepsbeeld';
import { SIGNAL_STATUSES } from '../../shared/domain/mentor-teams';
import { ENTRY_STATUSES, MATURITY_LEVELS, PRACTICAL_CATEGORIES } from '../../shared/domain/knowledge';

export const SIZES = {
  students: 10_000,
  teams: 16,
  weeksPerTeam: 25,
  classSize: 25,
  reflections: 100_000,
  locations: 60,
  programmes: 9,
};
export const TODAY = '2027-03-24';
const NOW = Date.parse(`${TODAY}T12:00:00Z`);

export interface Dataset {
  partnershipId: number;
  projectleiderId: number;
}

export interface DatasetOptions {
  /** Fill an existing partnership (with its 2026-2027 school year) instead of making a new one. */
  partnershipId?: number;
  /** Keeps names and e-mail addresses unique when several datasets share a database. */
  tag?: string;
  sizes?: Partial<typeof SIZES>;
}

export function generateDataset(sqlite: Database.Database, options: DatasetOptions = {}): Dataset {
  const sizes = { ...SIZES, ...options.sizes };
  const tag = options.tag ?? '';
  const r = seededRandom(6_2026);
  const ins = (sql: string) => sqlite.prepare(sql);
  const id = (stmt: Database.Statement, ...args: unknown[]) => Number(stmt.run(...args).lastInsertRowid);
  return sqlite.transaction((): Dataset => {
    const pid =
      options.partnershipId ??
      id(ins('INSERT INTO partnership (name, region, created_at) VALUES (?, ?, ?)'), 'Bench-werkplaats', 'Bench', NOW);
    const org = ins('INSERT INTO organisation (name, type, created_at) VALUES (?, ?, ?)');
    const orgs = ['kinderopvang', 'kinderopvang', 'schoolbestuur', 'roc', 'roc', 'hogeschool'].map((type, i) =>
      id(org, `Organisatie ${tag}${i + 1}`, type, NOW),
    );
    for (const o of orgs)
      ins('INSERT INTO partnership_organisation (partnership_id, organisation_id) VALUES (?, ?)').run(pid, o);
    const user = ins('INSERT INTO user (email, name, created_at) VALUES (?, ?, ?)');
    const member = ins(
      'INSERT INTO membership (user_id, partnership_id, role, organisation_id, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const projectleiderId = id(user, `pl${tag}@bench`, 'Projectleider', NOW);
    member.run(projectleiderId, pid, 'projectleider', null, NOW);
    const chair = id(user, `regie${tag}@bench`, 'Voorzitter', NOW);
    member.run(chair, pid, 'regiegroep', orgs[0], NOW);
    const loc = ins(
      "INSERT INTO top_location (partnership_id, organisation_id, name, address, city, open_days, created_at) VALUES (?, ?, ?, 'Straat 1', 'Stad', '[1,2,3,4,5]', ?)",
    );
    const locations = Array.from({ length: sizes.locations }, (_, i) =>
      id(loc, pid, orgs[i % 3]!, `Locatie ${tag}${String(i + 1).padStart(2, '0')}`, NOW),
    );
    const prog = ins(
      "INSERT INTO programme (partnership_id, institution_id, code, name, nlqf_level, route, days_per_week, created_at) VALUES (?, ?, ?, ?, 4, 'bol', 2, ?)",
    );
    const programmes = Array.from({ length: sizes.programmes }, (_, i) =>
      id(prog, pid, orgs[3 + (i % 3)]!, `p${tag}${i}`, `Opleiding ${tag}${i + 1}`, NOW),
    );
    const existingYear = sqlite
      .prepare("SELECT id FROM school_year WHERE partnership_id = ? AND label = '2026-2027'")
      .pluck()
      .get(pid) as number | undefined;
    const year =
      existingYear ??
      id(
        ins(
          "INSERT INTO school_year (partnership_id, label, starts_on, ends_on) VALUES (?, '2026-2027', '2026-08-01', '2027-07-31')",
        ),
        pid,
      );
    const period = ins('INSERT INTO period (school_year_id, name, starts_on, ends_on) VALUES (?, ?, ?, ?)');
    if (existingYear === undefined)
      [
        ['2026-08-31', '2026-11-08'],
        ['2026-11-09', '2027-01-31'],
        ['2027-02-01', '2027-04-18'],
        ['2027-04-19', '2027-07-16'],
      ].forEach(([a, b], i) => period.run(year, `Periode ${i + 1}`, a, b));

    // Students: the first 400 in 16 classes of 25, with a team each.
    const cohort = ins(
      'INSERT INTO cohort (partnership_id, name, institution_id, programme_id, school_year_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const team = ins(
      'INSERT INTO mentor_team (partnership_id, name, cohort_id, session_weekday, budget_hours_per_period, created_at) VALUES (?, ?, ?, 2, 120, ?)',
    );
    const teamMember = ins(
      "INSERT INTO mentor_team_member (team_id, user_id, team_role) VALUES (?, ?, 'praktijkopleider')",
    );
    const teams: { id: number; students: number[]; mentor: number }[] = [];
    const student = ins(
      "INSERT INTO student (partnership_id, first_name, last_name, programme_id, cohort_id, school_year_id, created_at) VALUES (?, 'Student', ?, ?, ?, ?, ?)",
    );
    for (let t = 0; t < sizes.teams; t++) {
      const c = id(cohort, pid, `Klas ${tag}${t + 1}`, orgs[3]!, programmes[t % sizes.programmes]!, year, NOW);
      const mentor = id(user, `mentor${tag}${t}@bench`, `Mentor ${t + 1}`, NOW);
      member.run(mentor, pid, 'mentor', null, NOW);
      const teamId = id(team, pid, `Mentorteam ${tag}${t + 1}`, c, NOW);
      teamMember.run(teamId, mentor);
      const ids = Array.from({ length: sizes.classSize }, (_, s) =>
        id(student, pid, `K${tag}${t}-${s}`, programmes[t % sizes.programmes]!, c, year, NOW),
      );
      teams.push({ id: teamId, students: ids, mentor });
    }
    const others = Array.from({ length: sizes.students - sizes.teams * sizes.classSize }, (_, s) =>
      id(student, pid, `S${tag}${s}`, programmes[s % sizes.programmes]!, null, year, NOW),
    );
    const allStudents = [...teams.flatMap((t) => t.students), ...others];

    // 25 weekly logs per team from week 36 (a few forgotten, one holiday), attendance, hours, signals.
    const log = ins(
      "INSERT INTO mentor_session_log (partnership_id, team_id, iso_year, iso_week, session_date, status, agreements, created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'Afspraken', ?, ?, ?, ?)",
    );
    const att = ins(
      'INSERT INTO mentor_session_attendance (log_id, student_id, attendance, days_planned, days_present) VALUES (?, ?, ?, 2, ?)',
    );
    const hour = ins(
      "INSERT INTO mentor_hour_entry (partnership_id, team_id, user_id, date, iso_year, iso_week, label, minutes, created_at) VALUES (?, ?, ?, ?, ?, ?, 'weekoverleg', 90, ?)",
    );
    let week: IsoWeek = { year: 2026, week: 36 };
    const weeks: IsoWeek[] = [];
    for (let w = 0; w < sizes.weeksPerTeam + 3; w++, week = addWeeks(week, 1)) weeks.push(week);
    for (const t of teams) {
      weeks.slice(0, sizes.weeksPerTeam).forEach((w, i) => {
        const date = dateInIsoWeek(w, 2);
        const status = i === 7 ? 'vervallen' : 'vastgesteld';
        const logId = id(log, pid, t.id, w.year, w.week, date, status, t.mentor, NOW, t.mentor, NOW);
        if (status === 'vervallen') return;
        for (const s of t.students)
          att.run(logId, s, r.next() < 0.88 ? 'aanwezig' : 'afgemeld', r.next() < 0.8 ? 2 : 1);
        hour.run(pid, t.id, t.mentor, date, w.year, w.week, NOW);
      });
    }
    const reflection = ins(
      "INSERT INTO student_reflection (partnership_id, student_id, iso_year, iso_week, body, created_at, updated_at) VALUES (?, ?, ?, ?, 'Reflectie', ?, ?)",
    );
    const perStudent = Math.floor(sizes.reflections / allStudents.length);
    for (const s of allStudents)
      for (let k = 0; k < perStudent; k++) reflection.run(pid, s, weeks[k * 2]!.year, weeks[k * 2]!.week, NOW, NOW);
    const signal = ins(
      "INSERT INTO mentor_signal (partnership_id, team_id, kind, title, match_key, domain, competence, student_count, first_seen_year, first_seen_week, last_seen_year, last_seen_week, weeks_seen, status, created_by, created_at) VALUES (?, ?, 'tekort', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
    );
    for (const t of teams) {
      for (let k = 0; k < 12; k++) {
        const first = weeks[k * 2]!;
        signal.run(
          pid,
          t.id,
          `Signaal ${k}`,
          `signaal ${k}`,
          r.pick(BEROEPSBEELD_DOMAIN_CODES),
          r.pick(BEROEPSBEELD_COMPETENCE_CODES),
          r.int(1, 20),
          first.year,
          first.week,
          first.year,
          first.week,
          r.pick(SIGNAL_STATUSES),
          t.mentor,
          NOW,
        );
      }
    }
    generatePlacements(sqlite, r, { pid, year, locations, programmes, students: allStudents, by: projectleiderId });
    generateKnowledge(sqlite, r, { pid, locations, by: chair });
    return { partnershipId: pid, projectleiderId };
  })();
}

function generatePlacements(
  sqlite: Database.Database,
  r: ReturnType<typeof seededRandom>,
  d: { pid: number; year: number; locations: number[]; programmes: number[]; students: number[]; by: number },
) {
  const roundId = Number(
    sqlite
      .prepare(
        "INSERT INTO placement_round (partnership_id, school_year_id, name, objective, status, published_at, created_by, created_at, updated_at) VALUES (?, ?, 'Ronde', 'optimal', 'gepubliceerd', ?, ?, ?, ?)",
      )
      .run(d.pid, d.year, NOW, d.by, NOW, NOW).lastInsertRowid,
  );
  const rl = sqlite.prepare(
    "INSERT INTO placement_round_location (round_id, location_id, capacity, open_days, programme_capacity) VALUES (?, ?, ?, '[1,2,3,4,5]', ?)",
  );
  const roundLocations = d.locations.map((l) =>
    Number(
      rl.run(roundId, l, 180, JSON.stringify(d.programmes.map((p) => ({ programmeId: p, capacity: 20 }))))
        .lastInsertRowid,
    ),
  );
  const part = sqlite.prepare(
    "INSERT INTO placement_participant (round_id, student_id, available_days, days_needed, explanation) VALUES (?, ?, '[1,2,3,4,5]', 2, ?)",
  );
  const pref = sqlite.prepare(
    'INSERT INTO placement_preference (participant_id, rank, round_location_id) VALUES (?, ?, ?)',
  );
  const assign = sqlite.prepare(
    "INSERT INTO placement_assignment (participant_id, round_id, round_location_id, days, source, updated_by, updated_at) VALUES (?, ?, ?, '[1,2]', 'engine', ?, ?)",
  );
  for (const s of d.students) {
    const choices = r.shuffle(roundLocations).slice(0, 5);
    const placedAt = r.next() < 0.93 ? Math.min(4, Math.floor(r.next() * r.next() * 5)) : -1;
    const reasons = choices.slice(0, placedAt === -1 ? 5 : placedAt).map((c, i) => ({
      location: `L${c}`,
      rank: i + 1,
      code: r.pick(['full', 'full', 'days', 'distance', 'no-supervisor']),
    }));
    const pidRow = Number(
      part.run(
        roundId,
        s,
        JSON.stringify({
          student: `S${s}`,
          fixed: false,
          location: placedAt === -1 ? null : `L${choices[placedAt]}`,
          rank: placedAt + 1 || null,
          reasons,
        }),
      ).lastInsertRowid,
    );
    choices.forEach((c, i) => pref.run(pidRow, i + 1, c));
    if (placedAt !== -1) assign.run(pidRow, roundId, choices[placedAt]!, d.by, NOW);
  }
}

function generateKnowledge(
  sqlite: Database.Database,
  r: ReturnType<typeof seededRandom>,
  d: { pid: number; locations: number[]; by: number },
) {
  const entry = sqlite.prepare(
    "INSERT INTO knowledge_entry (partnership_id, type, title, category, location_id, blocks, involved, status, status_on, occurred_on, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '[\"VMM\"]', '[]', ?, ?, ?, ?, ?, ?)",
  );
  const change = sqlite.prepare(
    'INSERT INTO knowledge_entry_status_change (entry_id, from_status, to_status, changed_on, changed_by, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (let i = 0; i < 300; i++) {
    const on = addDays('2026-09-01', r.int(0, 190));
    const later = addDays(on, r.int(5, 40));
    const status = r.pick(ENTRY_STATUSES);
    const entryId = Number(
      entry.run(
        d.pid,
        i % 3 === 2 ? 'succes' : 'dilemma',
        `Melding ${i}`,
        r.pick(PRACTICAL_CATEGORIES),
        r.pick(d.locations),
        status,
        later > TODAY ? on : later,
        on,
        d.by,
        NOW,
        NOW,
      ).lastInsertRowid,
    );
    change.run(entryId, null, 'open', on, d.by, NOW);
    if (status !== 'open' && later <= TODAY) change.run(entryId, 'open', status, later, d.by, NOW);
  }
  const principle = sqlite.prepare(
    'INSERT INTO knowledge_principle (partnership_id, statement, blocks, found_at_location_id, maturity, maturity_on, identified_on, created_by, created_at, updated_at) VALUES (?, ?, \'["LOS"]\', ?, ?, ?, ?, ?, ?, ?)',
  );
  const move = sqlite.prepare(
    'INSERT INTO knowledge_maturity_change (principle_id, from_level, to_level, changed_on, changed_by, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const adoption = sqlite.prepare(
    'INSERT INTO knowledge_adoption (principle_id, location_id, adopted_on, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (let i = 0; i < 80; i++) {
    const level = r.pick(MATURITY_LEVELS);
    const found = d.locations[i % d.locations.length]!;
    const pr = Number(
      principle.run(d.pid, `Principe ${i}`, found, level, '2026-10-01', '2026-09-01', d.by, NOW, NOW).lastInsertRowid,
    );
    move.run(pr, null, 'geidentificeerd', '2026-09-01', d.by, NOW);
    if (level !== 'geidentificeerd') move.run(pr, 'geidentificeerd', level, '2026-10-01', d.by, NOW);
    for (const l of r.shuffle(d.locations.filter((x) => x !== found)).slice(0, r.int(0, 3)))
      adoption.run(pr, l, '2026-11-01', d.by, NOW);
  }
  const meeting = sqlite.prepare(
    "INSERT INTO regiegroep_meeting (partnership_id, held_on, title, status, created_by, created_at, updated_at) VALUES (?, ?, 'Overleg', 'gehouden', ?, ?, ?)",
  );
  const action = sqlite.prepare(
    'INSERT INTO regiegroep_action (partnership_id, meeting_id, title, owner_user_id, due_on, status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const held of ['2026-10-06', '2027-02-09']) {
    const m = Number(meeting.run(d.pid, held, d.by, NOW, NOW).lastInsertRowid);
    for (let a = 0; a < 30; a++)
      action.run(
        d.pid,
        m,
        `Actie ${a}`,
        d.by,
        addDays(held, r.int(10, 120)),
        r.pick(['open', 'bezig', 'afgerond']),
        d.by,
        NOW,
        NOW,
      );
  }
}
