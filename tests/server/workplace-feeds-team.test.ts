/**
 * The werkbegeleider's confirmed days feed the mentor team's week (decision 088): the team's week shows
 * them per student (`confirmedAtWorkplace`), the form prefills its own count from them while the team
 * has none, and what the team entered is never replaced.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { initialValues } from '../../client/features/mentor-teams/use-log-draft';

const JOYCE = 'werkbegeleider@eindhoven.demo'; // Kindcentrum De Regenboog, where Sanne is placed
const MENTOR = 'mentor@eindhoven.demo';

let fx: DemoFixture;
let sanne: number;
let teamId: number;
beforeAll(async () => {
  fx = await demoFixture();
  sanne = fx.db.get<{ id: number }>(sql`select id from student where first_name = 'Sanne' and last_name = 'Jansen'`).id;
  teamId = fx.db.get<{ id: number }>(
    sql`select t.id from mentor_team t join student s on s.cohort_id = t.cohort_id where s.id = ${sanne}`,
  ).id;
}, 60_000);

const weekOf = (week: string) => callerFor(fx, MENTOR).mentorTeams.week({ teamId, week });
const sanneIn = async (week: string) => (await weekOf(week)).students.find((s) => s.id === sanne)!;

describe("the team's week and the workplace's confirmed days", () => {
  it('a week the team has not logged: the confirmed days are shown and prefill the form', async () => {
    await callerFor(fx, JOYCE).workplace.confirmPresence({
      studentId: sanne,
      week: '2026-W50',
      days: [
        { weekday: 1, status: 'aanwezig' },
        { weekday: 2, status: 'aanwezig' },
        { weekday: 3, status: 'afwezig' },
      ],
      revision: null,
    });
    const week = await weekOf('2026-W50');
    const row = week.students.find((s) => s.id === sanne)!;
    expect(row).toMatchObject({ daysPresent: null, confirmedAtWorkplace: 2 });
    expect(initialValues(week).attendance[sanne]).toEqual({ attendance: null, daysPresent: 2 });
    // a student the workplace confirmed nothing for stays empty: "not confirmed" is not 0 days
    const other = week.students.find((s) => s.id !== sanne && s.confirmedAtWorkplace === null)!;
    expect(initialValues(week).attendance[other.id]).toEqual({ attendance: null, daysPresent: null });
  });

  it('what the team entered is never replaced: both are shown, the team keeps its own count', async () => {
    const mentor = callerFor(fx, MENTOR).mentorTeams;
    const week = await weekOf('2026-W50');
    const created = await mentor.createLog({
      teamId,
      sessionDate: week.week.sessionDate,
      status: 'concept',
      expectations: '',
      practiceSituations: '',
      lessonMaterial: '',
      agreements: '',
      attendance: [{ studentId: sanne, attendance: 'aanwezig', daysPresent: 1 }],
    });
    expect(created.id).toBeGreaterThan(0);
    const row = await sanneIn('2026-W50');
    expect(row).toMatchObject({ daysPresent: 1, confirmedAtWorkplace: 2 });
    expect(initialValues(await weekOf('2026-W50')).attendance[sanne]).toEqual({
      attendance: 'aanwezig',
      daysPresent: 1,
    });
    // the werkbegeleider changing the days later changes what is shown, not what the team entered
    const mine = await callerFor(fx, JOYCE).workplace.student({ studentId: sanne, week: '2026-W50' });
    await callerFor(fx, JOYCE).workplace.confirmPresence({
      studentId: sanne,
      week: '2026-W50',
      days: [
        { weekday: 1, status: 'aanwezig' },
        { weekday: 2, status: 'aanwezig' },
        { weekday: 3, status: 'aanwezig' },
      ],
      revision: mine.presence.revision,
    });
    expect(await sanneIn('2026-W50')).toMatchObject({ daysPresent: 1, confirmedAtWorkplace: 3 });
  });
});
