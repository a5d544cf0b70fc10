/** The school-year roll-over (decision 087): who goes on, leaves and joins; the new year's figures; undo; audit. */
import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import {
  auditEvents,
  cohortYears,
  cohorts,
  memberships,
  mentorTeams,
  schoolYearRollovers,
  schoolYears,
  students,
  users,
} from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';
import { teamIdOf } from '../helpers/mentor-teams';
import type { AppError } from '../../server/errors';
import type { TeamInput } from '../../shared/schemas/mentor-teams';
import { translateMessage } from '../../shared/i18n/messages';

let fx: DemoFixture;
beforeEach(async () => {
  fx = await demoFixture();
});

const rdam = () => fx.region.rotterdam;
const leader = () => callerFor(fx, 'projectleider@rotterdam.demo');
const classRow = () => fx.db.select().from(cohorts).where(eq(cohorts.id, rdam().cohortId)).get()!;
const studentRows = (ids: number[]) =>
  fx.db
    .select({
      id: students.id,
      schoolYearId: students.schoolYearId,
      cohortId: students.cohortId,
      leftOn: students.leftOn,
      leaveReason: students.leaveReason,
    })
    .from(students)
    .where(inArray(students.id, ids))
    .all();
const withoutClass = () =>
  fx.db
    .select({ id: students.id })
    .from(students)
    .where(and(eq(students.partnershipId, rdam().partnershipId), isNull(students.cohortId)))
    .all()
    .map((s) => s.id);
const auditsOf = (action: string) => fx.db.select().from(auditEvents).where(eq(auditEvents.action, action)).all();

/** Two leave (one graduated… early, one moved), one student without a class joins, new figures. */
async function rollRotterdam(who = leader()) {
  const [leaverA, leaverB] = rdam().cohortStudentIds.slice(1, 3);
  const joiner = withoutClass()[0]!;
  const result = await who.rollover.confirm({
    fromSchoolYearId: rdam().schoolYearId,
    classes: [
      {
        cohortId: rdam().cohortId,
        revision: classRow().revision,
        leaving: [
          { studentId: leaverA!, reason: 'gestopt', leftOn: '2027-03-01' },
          { studentId: leaverB!, reason: 'overgestapt', leftOn: '2027-07-15' },
        ],
        joining: [joiner],
        plannedDays: 3,
        budgetHoursPerPeriod: 160,
      },
    ],
  });
  return { result, leaverA: leaverA!, leaverB: leaverB!, joiner };
}

describe('the roll-over screen', () => {
  it('shows the class in its second year of three, its students with their own institutions, and who may join', async () => {
    const preview = await leader().rollover.preview({});
    expect(preview.from.label).toBe('2026-2027');
    expect(preview.next).toEqual({ id: null, label: '2027-2028', startsOn: '2027-08-01', endsOn: '2028-07-31' });
    const [klas] = preview.classes;
    expect(klas).toMatchObject({ id: rdam().cohortId, yearOfProgramme: 2, programmeYears: 3, lastYear: false });
    expect(klas!.budgetHoursPerPeriod).toBe(140);
    expect(klas!.students).toHaveLength(rdam().cohortStudentIds.length);
    expect(new Set(klas!.students.map((s) => s.institutionName))).toEqual(new Set(['ROC Albeda', 'ROC Zadkine']));
    expect(preview.withoutClass.map((s) => s.id).sort()).toEqual(withoutClass().sort());
    expect(preview.undoable).toBeNull();
    expect(auditsOf('school_year_rollover.view')).toHaveLength(1);
  });
});

describe('confirming', () => {
  it('carries the class and those who go on into the next year, created for it; leavers keep their history', async () => {
    const before = classRow();
    const { result, leaverA, leaverB, joiner } = await rollRotterdam();
    const next = fx.db.select().from(schoolYears).where(eq(schoolYears.id, result.toSchoolYearId)).get()!;
    expect(next).toMatchObject({ label: '2027-2028', startsOn: '2027-08-01', endsOn: '2028-07-31' });
    expect(classRow()).toMatchObject({
      schoolYearId: next.id,
      startSchoolYearId: before.startSchoolYearId,
      revision: before.revision + 1,
    });

    const staying = rdam().cohortStudentIds.filter((id) => id !== leaverA && id !== leaverB);
    for (const s of studentRows([...staying, joiner]))
      expect(s).toMatchObject({ schoolYearId: next.id, cohortId: rdam().cohortId, leftOn: null });
    expect(studentRows([leaverA, leaverB]).sort((a, b) => a.id - b.id)).toEqual(
      [
        { id: leaverA, reason: 'gestopt', leftOn: '2027-03-01' },
        { id: leaverB, reason: 'overgestapt', leftOn: '2027-07-15' },
      ]
        .sort((a, b) => a.id - b.id)
        .map(({ id, reason, leftOn }) => ({
          id,
          schoolYearId: rdam().schoolYearId,
          cohortId: rdam().cohortId,
          leftOn,
          leaveReason: reason,
        })),
    );

    // The new year's figures on the team; this year's kept apart, not overwritten.
    const team = fx.db.select().from(mentorTeams).where(eq(mentorTeams.cohortId, rdam().cohortId)).get()!;
    expect(team).toMatchObject({ budgetHoursPerPeriod: 160, defaultPlannedDays: 3 });
    const years = fx.db.select().from(cohortYears).where(eq(cohortYears.cohortId, rdam().cohortId)).all();
    const figures = Object.fromEntries(years.map((y) => [y.schoolYearId, [y.plannedDays, y.budgetHoursPerPeriod]]));
    expect(figures[rdam().schoolYearId]).toEqual([null, 140]);
    expect(figures[next.id]).toEqual([3, 160]);

    const [event] = auditsOf('school_year_rollover.confirm');
    expect(event).toMatchObject({ subjectType: 'school_year_rollover', subjectId: String(result.id) });
    expect(event!.detail).toMatchObject({ from: '2026-2027', to: '2027-2028', leaving: 2, joining: 1 });
  });

  it("keeps the class, the leaver out, with the mentor team: last year's notes, reflections and presence stay", async () => {
    const teamId = teamIdOf(fx, 'rotterdam');
    const mentor = callerFor(fx, 'mentor@rotterdam.demo');
    const demoStudent = rdam().cohortStudentIds[0]!;
    const before = await mentor.mentorTeams.student({ teamId, studentId: demoStudent });
    const { leaverA } = await rollRotterdam();
    const after = await mentor.mentorTeams.student({ teamId, studentId: demoStudent });
    expect(after.notes.map((n) => n.id)).toEqual(before.notes.map((n) => n.id));
    expect(after.notes.some((n) => n.body.startsWith('Eerste jaar'))).toBe(true);
    expect(after.reflections.some((r) => r.isoYear === 2025)).toBe(true);
    expect(after.presence.some((p) => p.year === 2025 && p.attendance !== null)).toBe(true);
    const overview = await mentor.mentorTeams.classOverview({ teamId });
    expect(overview.students.map((s) => s.id)).not.toContain(leaverA);
    const signals = await mentor.mentorTeams.signals({ teamId, includeClosed: true });
    expect(signals.map((s) => s.title)).toContain('Spelbegeleiding bij peuters in het eerste jaar');
    await expect(mentor.mentorTeams.student({ teamId, studentId: leaverA })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a class changed since the screen was read, naming who changed it, and changes nothing', async () => {
    const read = classRow().revision;
    const beheer = callerFor(fx, 'beheer@rotterdam.demo');
    const c = classRow();
    await beheer.cohorts.update({
      id: c.id,
      revision: read,
      name: 'Klas Samen Opleiden PW (hernoemd)',
      institutionId: c.institutionId,
      programmeId: c.programmeId,
      schoolYearId: c.schoolYearId,
      startSchoolYearId: c.startSchoolYearId,
      programmeYears: c.programmeYears,
    });
    const refused = await failure(
      leader().rollover.confirm({
        fromSchoolYearId: rdam().schoolYearId,
        classes: [{ cohortId: c.id, revision: read, budgetHoursPerPeriod: 10 }],
      }),
    );
    expect(refused.code).toBe('CONFLICT');
    expect((refused.cause as AppError).params).toMatchObject({ name: 'Bianca Kok', what: 'e.conflict.cohort' });
    expect(classRow().schoolYearId).toBe(rdam().schoolYearId);
    expect(fx.db.select().from(schoolYears).where(eq(schoolYears.label, '2027-2028')).all()).toHaveLength(0);
    expect(fx.db.select().from(schoolYearRollovers).all()).toHaveLength(0);
  });

  it('refuses a leaver not in the class, a joiner who has a class, a leave date outside the year', async () => {
    const base = { cohortId: rdam().cohortId, revision: classRow().revision };
    const from = rdam().schoolYearId;
    const outsider = withoutClass()[0]!;
    expect(
      await failure(
        leader().rollover.confirm({
          fromSchoolYearId: from,
          classes: [{ ...base, leaving: [{ studentId: outsider, reason: 'gestopt', leftOn: '2027-01-01' }] }],
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'classes.0.leaving' });
    expect(
      await failure(
        leader().rollover.confirm({
          fromSchoolYearId: from,
          classes: [{ ...base, joining: [rdam().cohortStudentIds[0]!] }],
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'classes.0.joining' });
    expect(
      await failure(
        leader().rollover.confirm({
          fromSchoolYearId: from,
          classes: [
            { ...base, leaving: [{ studentId: rdam().cohortStudentIds[1]!, reason: 'gestopt', leftOn: '2025-01-01' }] },
          ],
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'classes.0.leaving.0.leftOn' });
    expect(fx.db.select().from(schoolYearRollovers).all()).toHaveLength(0);
  });

  it("finds another partnership's class and school year not", async () => {
    const eindhoven = fx.region.eindhoven;
    const cross = await failure(
      leader().rollover.confirm({
        fromSchoolYearId: rdam().schoolYearId,
        classes: [{ cohortId: eindhoven.cohortId, revision: 0 }],
      }),
    );
    expect(cross.code).toBe('NOT_FOUND');
    expect((await failure(leader().rollover.preview({ fromSchoolYearId: eindhoven.schoolYearId }))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('undo', () => {
  const snapshotOf = () => ({
    cohort: (({ schoolYearId, startSchoolYearId, name }) => ({ schoolYearId, startSchoolYearId, name }))(classRow()),
    students: studentRows(
      fx.db
        .select({ id: students.id })
        .from(students)
        .where(eq(students.partnershipId, rdam().partnershipId))
        .all()
        .map((s) => s.id),
    ),
    team: fx.db
      .select({ b: mentorTeams.budgetHoursPerPeriod, d: mentorTeams.defaultPlannedDays })
      .from(mentorTeams)
      .where(eq(mentorTeams.cohortId, rdam().cohortId))
      .get(),
    cohortYears: fx.db.select().from(cohortYears).where(eq(cohortYears.cohortId, rdam().cohortId)).all(),
  });

  it('restores exactly the same day, audited, and offers no undo after', async () => {
    const before = snapshotOf();
    const { result } = await rollRotterdam();
    expect(snapshotOf()).not.toEqual(before);
    expect((await leader().rollover.preview({ fromSchoolYearId: rdam().schoolYearId })).undoable?.id).toBe(result.id);
    fx.clock.advance(6 * 3_600_000);
    await leader().rollover.undo({ id: result.id });
    expect(snapshotOf()).toEqual(before);
    expect(auditsOf('school_year_rollover.undo')).toHaveLength(1);
    expect((await leader().rollover.preview({})).undoable).toBeNull();
    expect((await failure(leader().rollover.undo({ id: result.id }))).code).toBe('CONFLICT');
    // and the class can be rolled over again after an undo
    await rollRotterdam();
    expect(classRow().schoolYearId).not.toBe(rdam().schoolYearId);
  });

  it('is refused the next day, and the screen no longer offers it', async () => {
    const { result } = await rollRotterdam();
    fx.clock.advance(24 * 3_600_000);
    const refused = await failure(leader().rollover.undo({ id: result.id }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'e.rollover.undoTooLate' });
    expect((await leader().rollover.preview({ fromSchoolYearId: rdam().schoolYearId })).undoable).toBeNull();
    expect(classRow().schoolYearId).toBe(result.toSchoolYearId);
  });

  it('is for who did it or a beheerder: not another projectleider; a beheerder may', async () => {
    const { result } = await rollRotterdam();
    // the demo has one projectleider: a second one is made for this test
    const userId = fx.db
      .insert(users)
      .values({
        email: 'pl2@rotterdam.demo',
        name: 'Tweede Projectleider',
        passwordHash: 'x',
        createdAt: fx.clock.now(),
      })
      .returning()
      .get().id;
    fx.db
      .insert(memberships)
      .values({ userId, partnershipId: rdam().partnershipId, role: 'projectleider', createdAt: fx.clock.now() })
      .run();
    const refused = await failure(callerFor(fx, 'pl2@rotterdam.demo').rollover.undo({ id: result.id }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'e.rollover.undoNotYours' });
    await callerFor(fx, 'beheer@rotterdam.demo').rollover.undo({ id: result.id });
    expect(classRow().schoolYearId).toBe(rdam().schoolYearId);
  });

  it("finds another partnership's roll-over not", async () => {
    const { result } = await rollRotterdam();
    expect((await failure(callerFor(fx, 'beheer@eindhoven.demo').rollover.undo({ id: result.id }))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('undo after a change made since the roll-over (decision 097)', () => {
  const nameOf = (email: string) => fx.db.select().from(users).where(eq(users.email, email)).get()!.name;

  it("refuses when a student's class was changed after the roll-over, naming the student and who, and restores nothing", async () => {
    const { result } = await rollRotterdam();
    const beheer = callerFor(fx, 'beheer@rotterdam.demo');
    const moved = rdam().cohortStudentIds[0]!;
    const { hasAccount: _h, ...record } = await beheer.students.get({ id: moved });
    fx.clock.advance(60_000);
    await beheer.students.update({ ...record, cohortId: null });
    const refused = await failure(leader().rollover.undo({ id: result.id }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'e.rollover.changedSince' });
    expect((refused.cause as AppError).params).toMatchObject({
      what: 'e.rollover.changed.student',
      label: `${record.firstName} ${record.lastName}`,
      name: nameOf('beheer@rotterdam.demo'),
    });
    const params = (refused.cause as AppError).params!;
    expect(translateMessage('e.rollover.changedSince', 'nl', { ...params, what: 'student' })).toMatch(
      new RegExp(
        `^Terugdraaien kan niet meer: student ${record.firstName} ${record.lastName} is na de overgang gewijzigd door .+ op \\d\\d-\\d\\d-\\d{4} om \\d\\d:\\d\\d\\.`,
      ),
    );
    // Nothing taken back: the class stays in its new year, the student without a class, the roll-over open.
    expect(classRow().schoolYearId).toBe(result.toSchoolYearId);
    expect(studentRows([moved])[0]).toMatchObject({ cohortId: null, schoolYearId: result.toSchoolYearId });
    expect(fx.db.select().from(schoolYearRollovers).get()!.undoneAt).toBeNull();
    expect(auditsOf('school_year_rollover.undo')).toHaveLength(0);
  });

  it("refuses when the new year's budget was changed after the roll-over, naming the mentor team", async () => {
    const { result } = await rollRotterdam();
    const team = (await leader().mentorTeams.list()).find((t) => t.cohortId === rdam().cohortId)!;
    await leader().mentorTeams.update({
      id: team.id,
      revision: team.revision,
      name: team.name,
      cohortId: team.cohortId,
      sessionWeekday: team.sessionWeekday,
      budgetHoursPerPeriod: 200,
      defaultPlannedDays: team.defaultPlannedDays,
      organisationIds: team.organisations.map((o) => o.id),
      members: team.members.map((m) => ({
        userId: m.userId,
        teamRole: m.teamRole as TeamInput['members'][number]['teamRole'],
        organisationId: m.organisationId,
      })),
    });
    const refused = await failure(leader().rollover.undo({ id: result.id }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'e.rollover.changedSince' });
    expect((refused.cause as AppError).params).toMatchObject({
      what: 'e.rollover.changed.team',
      label: team.name,
      name: nameOf('projectleider@rotterdam.demo'),
    });
    const after = fx.db.select().from(mentorTeams).where(eq(mentorTeams.id, team.id)).get()!;
    expect(after.budgetHoursPerPeriod).toBe(200);
    expect(classRow().schoolYearId).toBe(result.toSchoolYearId);
  });

  it('refuses when a student was put in the rolled-over class for the new year after it', async () => {
    const { result } = await rollRotterdam();
    const beheer = callerFor(fx, 'beheer@rotterdam.demo');
    const newcomer = withoutClass()[0]!;
    const { hasAccount: _h, ...record } = await beheer.students.get({ id: newcomer });
    await beheer.students.update({ ...record, cohortId: rdam().cohortId, schoolYearId: result.toSchoolYearId });
    const refused = await failure(leader().rollover.undo({ id: result.id }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'e.rollover.changedSince' });
    expect((refused.cause as AppError).params).toMatchObject({
      what: 'e.rollover.changed.student',
      label: `${record.firstName} ${record.lastName}`,
    });
  });

  it('still undoes when only what the roll-over did not write was changed, and keeps that change', async () => {
    const { result, joiner } = await rollRotterdam();
    const beheer = callerFor(fx, 'beheer@rotterdam.demo');
    const { hasAccount: _h, ...record } = await beheer.students.get({ id: joiner });
    await beheer.students.update({ ...record, lastName: 'Nieuwe Achternaam' });
    await leader().rollover.undo({ id: result.id });
    expect(classRow().schoolYearId).toBe(rdam().schoolYearId);
    const row = fx.db.select().from(students).where(eq(students.id, joiner)).get()!;
    expect(row).toMatchObject({ lastName: 'Nieuwe Achternaam', cohortId: null, schoolYearId: rdam().schoolYearId });
  });
});

describe('a class over its years', () => {
  it('lists its year of the programme and its first year; refuses a first year after the current one', async () => {
    const beheer = callerFor(fx, 'beheer@rotterdam.demo');
    const klas = (await beheer.cohorts.list()).find((c) => c.id === rdam().cohortId)!;
    expect(klas).toMatchObject({ yearOfProgramme: 2, programmeYears: 3, institutionName: 'ROC Albeda' });
    const c = classRow();
    const next = fx.db
      .insert(schoolYears)
      .values({ partnershipId: rdam().partnershipId, label: '2027-2028', startsOn: '2027-08-01', endsOn: '2028-07-31' })
      .returning()
      .get();
    const update = { ...c, startSchoolYearId: next.id };
    expect(await failure(beheer.cohorts.update(update))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'startSchoolYearId',
    });
    const tooLong = await failure(beheer.cohorts.update({ ...c, programmeYears: 5 }));
    expect(tooLong.zod.map((i) => i.message)).toContain('v.cohorts.programmeYears');
  });
});
