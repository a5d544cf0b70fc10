/**
 * The weekly session log under two members at once (docs/decisions/071), and presence that starts
 * "niet ingevuld": recorded attendance only in every rate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessionAttendance, sessionLogs } from '../../db/schema';
import { dateInIsoWeek } from '../../shared/domain/dates';
import { callerFor } from '../helpers/demo';
import { bareFixture } from '../helpers/regiegroep';
import { teamIdOf } from '../helpers/mentor-teams';
import { testServer, type TestServer } from '../helpers/server';
import { trpcData, trpcError, type Outputs } from '../helpers/answers';
import { expectRevisionGuard, post, revisionIn, sessionOf } from '../helpers/revisions';

let s: TestServer;
let teamId: number;
const week47 = () =>
  s.db
    .select()
    .from(sessionLogs)
    .where(eq(sessionLogs.teamId, teamId))
    .all()
    .find((l) => l.isoWeek === 47)!;
const logInput = (id: number, expectations: string) => (revision: number) => ({
  id,
  revision,
  sessionDate: week47().sessionDate,
  expectations,
});

beforeAll(async () => {
  s = await testServer();
  teamId = teamIdOf(s, 'eindhoven');
});

describe('two mentors of one team save the same week', () => {
  it('refuses the stale save with 409, naming who saved and when; the newer text stays until the fresh save', async () => {
    const id = week47().id;
    await expectRevisionGuard(s, {
      path: 'mentorTeams.updateLog',
      first: 'mentor@eindhoven.demo',
      second: 'docent@eindhoven.demo',
      table: sessionLogs,
      id,
      input: logInput(id, 'Tekst van de tweede mentor'),
      noun: 'Dit weekverslag',
    });
    expect(week47().expectations).toBe('Tekst van de tweede mentor');
  });

  it('keeps the first save when the second is refused, and returns the new revision to whoever saves', async () => {
    const id = week47().id;
    const read = revisionIn(s.db, sessionLogs, id);
    const [a, b] = [await sessionOf(s.app, 'mentor@eindhoven.demo'), await sessionOf(s.app, 'docent@eindhoven.demo')];
    const first = await post(s.app, a, 'mentorTeams.updateLog', logInput(id, 'Van Mirjam')(read));
    expect(trpcData<Outputs['mentorTeams']['updateLog']>(first).revision).toBe(read + 1);
    // The account's language decides the server's messages (decision 075): the docent reads English.
    expect((await post(s.app, b, 'session.setLanguage', { locale: 'en' })).statusCode).toBe(200);
    const refused = await post(s.app, b, 'mentorTeams.updateLog', logInput(id, 'Van de docent')(read));
    expect(refused.statusCode).toBe(409);
    expect(trpcError(refused).message).toMatch(
      /^This week's weekly report was changed meanwhile by Mirjam de Wit on \d{2}-\d{2}-\d{4} at \d{2}:\d{2}\. /,
    );
    expect(week47().expectations).toBe('Van Mirjam');
  });

  it('answers another partnership with "not found", whatever revision it sends', async () => {
    const rotterdam = await sessionOf(s.app, 'mentor@rotterdam.demo');
    const id = week47().id;
    const res = await post(
      s.app,
      rotterdam,
      'mentorTeams.updateLog',
      logInput(id, 'x')(revisionIn(s.db, sessionLogs, id)),
    );
    expect(res.statusCode).toBe(404);
  });
});

describe('presence starts "niet ingevuld" and rates count only what was recorded', () => {
  it('stores unrecorded attendance as null and the week reads it back so', async () => {
    const mentor = callerFor(s, 'mentor@eindhoven.demo');
    const [a, b] = s.region.eindhoven.cohortStudentIds;
    const { id } = await mentor.mentorTeams.createLog({
      teamId,
      sessionDate: '2026-11-24',
      attendance: [
        { studentId: a!, attendance: 'afwezig', daysPresent: null },
        { studentId: b!, attendance: null, daysPresent: 2 },
      ],
    });
    const rows = s.db.select().from(sessionAttendance).where(eq(sessionAttendance.logId, id)).all();
    expect(rows.map((r) => [r.studentId, r.attendance])).toEqual([
      [a, 'afwezig'],
      [b, null],
    ]);
    const week = await mentor.mentorTeams.week({ teamId, week: '2026-W48' });
    expect(week.students.find((x) => x.id === b)!.attendance).toBeNull();
    // a student nobody recorded: the session does not count for them at all
    const before = (await mentor.mentorTeams.classOverview({ teamId })).students.find((x) => x.id === b)!.totals;
    expect(before.sessions).toBe(before.present + before.excused + before.absent);
  });

  it('the demo draft of this week leaves half the class "niet ingevuld"', () => {
    const draft = s.db
      .select()
      .from(sessionLogs)
      .all()
      .find((l) => l.status === 'concept' && l.partnershipId === s.region.rotterdam.partnershipId);
    const rows = draft ? s.db.select().from(sessionAttendance).where(eq(sessionAttendance.logId, draft.id)).all() : [];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.filter((r) => r.attendance === null).length).toBe(Math.floor(rows.length / 2));
  });

  it('the regiegroep dashboard rate: 2 present of 3 recorded is 66,7 %, not 2 of 5', async () => {
    const fx = bareFixture();
    const cohort = fx.id(
      'INSERT INTO cohort (partnership_id, name, institution_id, programme_id, school_year_id, created_at) VALUES (?, ?, ?, ?, ?, 0)',
      fx.partnershipId,
      'Klas Vijf',
      fx.orgs.roc,
      fx.programmes.p1,
      fx.schoolYearId,
    );
    const team = fx.id(
      'INSERT INTO mentor_team (partnership_id, name, cohort_id, session_weekday, budget_hours_per_period, created_at) VALUES (?, ?, ?, 2, 10, 0)',
      fx.partnershipId,
      'Team Vijf',
      cohort,
    );
    const students = Array.from({ length: 5 }, () => fx.student(fx.programmes.p1, cohort));
    const log = fx.id(
      "INSERT INTO mentor_session_log (partnership_id, team_id, iso_year, iso_week, session_date, status, created_by, created_at, updated_by, updated_at) VALUES (?, ?, 2026, 46, ?, 'vastgesteld', ?, 0, ?, 0)",
      fx.partnershipId,
      team,
      dateInIsoWeek({ year: 2026, week: 46 }, 2),
      fx.users.mentor,
      fx.users.mentor,
    );
    const marks = ['aanwezig', 'aanwezig', 'afwezig', null, null];
    students.forEach((student, i) =>
      fx.id(
        'INSERT INTO mentor_session_attendance (log_id, student_id, attendance, days_planned, days_present) VALUES (?, ?, ?, 2, NULL)',
        log,
        student,
        marks[i],
      ),
    );
    const d = await fx.caller('regie@tel.test').regiegroep.dashboard({});
    expect(d.mentorTeams.teams.find((t) => t.id === team)!.presenceRate).toBe(66.7);
  });
});
