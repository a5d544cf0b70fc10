/** Weekly session logs: one per team per week, in the school year, drafts and final logs, presence. */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  mentorTeams,
  placementAssignments,
  placementParticipants,
  placementRounds,
  sessionAttendance,
} from '../../db/schema';
import { buildServer } from '../../server/app';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { teamIdOf } from '../helpers/mentor-teams';
import { failure } from '../helpers/failure';
import { cookieOf, loginAs } from '../helpers/server';
import { trpcError } from '../helpers/answers';

let fx: DemoFixture;
let teamId: number;
let mentor: ReturnType<typeof callerFor>;
const classIds = () => fx.region.eindhoven.cohortStudentIds;

beforeAll(async () => {
  fx = await demoFixture();
  teamId = teamIdOf(fx, 'eindhoven');
  mentor = callerFor(fx, 'mentor@eindhoven.demo');
});

const attendanceRows = (logId: number) =>
  fx.db.select().from(sessionAttendance).where(eq(sessionAttendance.logId, logId)).all();
/** The demo's published placement round (whole school year) places the class; these take it away or change it. */
const unpublishPlacements = () =>
  fx.db.update(placementRounds).set({ status: 'gedraaid' }).where(eq(placementRounds.status, 'gepubliceerd')).run();
const placementOf = (studentId: number) =>
  fx.db
    .select({ participantId: placementAssignments.participantId })
    .from(placementAssignments)
    .innerJoin(placementParticipants, eq(placementParticipants.id, placementAssignments.participantId))
    .innerJoin(
      placementRounds,
      and(eq(placementRounds.id, placementAssignments.roundId), eq(placementRounds.status, 'gepubliceerd')),
    )
    .where(eq(placementParticipants.studentId, studentId))
    .get();

describe('one log per team per ISO week', () => {
  it('logs this week (week 48, which was missing) as a draft, then finalises it', () =>
    rolledBack(fx.db, async () => {
      expect((await mentor.mentorTeams.week({ teamId })).missingWeeks.map((w) => w.week)).toEqual([45, 48]);
      const created = await mentor.mentorTeams.createLog({
        teamId,
        sessionDate: '2026-11-24',
        expectations: 'Een observatie',
      });
      expect(created).toMatchObject({ isoYear: 2026, isoWeek: 48 });
      await mentor.mentorTeams.updateLog({
        id: created.id,
        revision: created.revision,
        sessionDate: '2026-11-24',
        status: 'vastgesteld',
        expectations: 'Een observatie',
        agreements: 'Volgende week bespreken',
      });
      const week = await mentor.mentorTeams.week({ teamId });
      expect(week.log).toMatchObject({
        status: 'vastgesteld',
        agreements: 'Volgende week bespreken',
        updatedByName: 'Mirjam de Wit',
      });
      expect(week.missingWeeks.map((w) => w.week)).toEqual([45]);
    }));

  it('refuses a second log for the same week, at the date field, even on another day of that week', () =>
    rolledBack(fx.db, async () => {
      await mentor.mentorTeams.createLog({ teamId, sessionDate: '2026-11-24' });
      const f = await failure(
        callerFor(fx, 'docent@eindhoven.demo').mentorTeams.createLog({ teamId, sessionDate: '2026-11-26' }),
      );
      expect(f).toMatchObject({ code: 'CONFLICT', message: 'e.mentorTeams.logExists', field: 'sessionDate' });
    }));

  it('refuses moving a log into a week that already has one', async () => {
    const week47 = (await mentor.mentorTeams.week({ teamId, week: '2026-W47' })).log!;
    const f = await failure(
      mentor.mentorTeams.updateLog({ id: week47.id, revision: week47.revision, sessionDate: '2026-11-10' }),
    );
    expect(f).toMatchObject({ code: 'CONFLICT', field: 'sessionDate' });
  });

  it('says so in Dutch at the field over HTTP, and refuses empty required fields of a final log there too', async () => {
    const app = await buildServer({ db: fx.db, clock: fx.clock });
    const cookie = cookieOf(await loginAs(app, 'mentor@eindhoven.demo'));
    const post = (path: string, body: unknown) =>
      app.inject({
        method: 'POST',
        url: `/trpc/${path}`,
        headers: { 'content-type': 'application/json', cookie, origin: 'http://localhost' },
        payload: JSON.stringify(body),
      });
    const dup = trpcError(await post('mentorTeams.createLog', { teamId, sessionDate: '2026-11-17' }));
    expect(dup.data.fieldErrors).toEqual({
      sessionDate: 'Voor deze week is al een weekverslag. Open dat weekverslag en pas het daar aan.',
    });
    const empty = trpcError(
      await post('mentorTeams.createLog', {
        teamId,
        sessionDate: '2026-11-24',
        status: 'vastgesteld',
        expectations: '  ',
      }),
    );
    expect(empty.data.fieldErrors).toMatchObject({ expectations: 'Vul dit veld in.', agreements: 'Vul dit veld in.' });
    const outside = trpcError(await post('mentorTeams.createLog', { teamId, sessionDate: '2027-08-03' }));
    expect(outside.data.fieldErrors).toEqual({ sessionDate: 'Deze datum valt buiten het schooljaar.' });
    await app.close();
  });

  it('refuses dates outside the school year and days present out of range', async () => {
    expect(await failure(mentor.mentorTeams.createLog({ teamId, sessionDate: '2026-07-28' }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'v.dateOutsideYear',
      field: 'sessionDate',
    });
    const f = await failure(
      mentor.mentorTeams.createLog({
        teamId,
        sessionDate: '2026-11-24',
        attendance: [{ studentId: classIds()[0]!, attendance: 'aanwezig', daysPresent: 8 }],
      }),
    );
    expect(f.zod[0]).toMatchObject({ path: ['attendance', 0, 'daysPresent'], message: 'v.mentorTeams.daysPresent' });
  });

  it('refuses attendance of a student outside the class', async () => {
    const outsider = fx.region.eindhoven.studentIds[40]!;
    const f = await failure(
      mentor.mentorTeams.createLog({
        teamId,
        sessionDate: '2026-11-24',
        attendance: [{ studentId: outsider, attendance: 'aanwezig', daysPresent: null }],
      }),
    );
    expect(f).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'e.mentorTeams.notInClass',
      field: 'attendance.0.studentId',
    });
  });

  it('refuses a student named twice in one attendance list, at the second entry', async () => {
    const [a, b] = classIds();
    const attendance = [a!, b!, a!].map((studentId) => ({
      studentId,
      attendance: 'aanwezig' as const,
      daysPresent: 1,
    }));
    const f = await failure(mentor.mentorTeams.createLog({ teamId, sessionDate: '2026-11-24', attendance }));
    expect(f).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'e.mentorTeams.studentTwice',
      field: 'attendance.2.studentId',
    });
  });
});

describe('presence at the workplace: planned against present', () => {
  it('without a published placement: plans from the programme (PW3: 3 days), or the team default when set', () =>
    rolledBack(fx.db, async () => {
      unpublishPlacements();
      const [a, b] = classIds();
      const { id } = await mentor.mentorTeams.createLog({
        teamId,
        sessionDate: '2026-11-24',
        attendance: [
          { studentId: a!, attendance: 'aanwezig', daysPresent: 2 },
          { studentId: b!, attendance: 'afgemeld', daysPresent: null },
        ],
      });
      expect(attendanceRows(id).map((r) => [r.attendance, r.daysPlanned, r.daysPresent])).toEqual([
        ['aanwezig', 3, 2],
        ['afgemeld', 3, null],
      ]);
      fx.db.update(mentorTeams).set({ defaultPlannedDays: 2 }).where(eq(mentorTeams.id, teamId)).run();
      await mentor.mentorTeams.updateLog({
        id,
        revision: 0,
        sessionDate: '2026-11-24',
        attendance: [{ studentId: a!, attendance: 'aanwezig', daysPresent: 2 }],
      });
      expect(attendanceRows(id).find((r) => r.studentId === a)!.daysPlanned).toBe(2);
      // Students not named keep what they had.
      expect(attendanceRows(id).find((r) => r.studentId === b)!.attendance).toBe('afgemeld');
    }));

  it('takes the days of the published placement first (the placements feature provides them)', () =>
    rolledBack(fx.db, async () => {
      const [a, b] = classIds().filter((id) => placementOf(id));
      fx.db
        .update(placementAssignments)
        .set({ days: [1, 2, 4, 5] })
        .where(eq(placementAssignments.participantId, placementOf(a!)!.participantId))
        .run();
      fx.db
        .delete(placementAssignments)
        .where(eq(placementAssignments.participantId, placementOf(b!)!.participantId))
        .run();
      const week = await mentor.mentorTeams.week({ teamId });
      expect(week.students.find((s) => s.id === a)!.planned).toEqual({ days: 4, source: 'placement' });
      expect(week.students.find((s) => s.id === b)!.planned).toEqual({ days: 3, source: 'programme' });
      unpublishPlacements();
      const unpublished = await mentor.mentorTeams.week({ teamId });
      expect(unpublished.students.find((s) => s.id === a)!.planned).toEqual({ days: 3, source: 'programme' });
    }));

  it('totals per student and per class count only weeks with days filled in, and skip weeks without a session', () =>
    rolledBack(fx.db, async () => {
      const [a] = classIds();
      const before = await mentor.mentorTeams.student({ teamId, studentId: a! });
      await mentor.mentorTeams.createLog({
        teamId,
        sessionDate: '2026-11-24',
        attendance: [{ studentId: a!, attendance: 'afwezig', daysPresent: 1 }],
      });
      const after = await mentor.mentorTeams.student({ teamId, studentId: a! });
      expect(after.totals).toEqual({
        ...before.totals,
        sessions: before.totals.sessions + 1,
        absent: before.totals.absent + 1,
        daysPlanned: before.totals.daysPlanned + 3,
        daysPresent: before.totals.daysPresent + 1,
      });
      const overview = await mentor.mentorTeams.classOverview({ teamId });
      const sum = overview.students.reduce((n, s) => n + s.totals.daysPresent, 0);
      expect(overview.classTotals.daysPresent).toBe(sum);
      // Week 42 was "vervallen" (herfstvakantie): a column, but no presence for anyone.
      const w42 = overview.weeks.findIndex((w) => w.week === 42);
      expect(overview.weeks[w42]!.state).toBe('vervallen');
      expect(overview.students.every((s) => s.cells[w42]!.attendance === null)).toBe(true);
    }));
});
