/**
 * Who sees what of a mentor team: members and the projectleider see logs, notes and presence; a
 * student sees their own reflections and the notes marked for them; the regiegroep sees signals and
 * counts, never notes or names; a mentor outside the team, and other partnerships, see nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { auditCount, outsideMentor, teamIdOf } from '../helpers/mentor-teams';
import { failure } from '../helpers/failure';
import { studentNotes, students } from '../../db/schema';
import { eq } from 'drizzle-orm';

let fx: DemoFixture;
let teamId: number;
let demoStudentId: number;
let classmateId: number;
const HIDDEN_NOTE = 'Werkbegeleider vraagt om meer initiatief';
const VISIBLE_NOTE = 'Mooi hoe je de kring leidde';

beforeAll(async () => {
  fx = await demoFixture();
  teamId = teamIdOf(fx, 'eindhoven');
  demoStudentId = fx.region.eindhoven.cohortStudentIds[0]!;
  classmateId = fx.region.eindhoven.cohortStudentIds[1]!;
});

describe('the mentor team (members) and the projectleider', () => {
  it.each(['mentor@eindhoven.demo', 'docent@eindhoven.demo', 'projectleider@eindhoven.demo'])(
    '%s sees the week, the class and a student with all notes',
    async (email) => {
      const caller = callerFor(fx, email);
      const week = await caller.mentorTeams.week({ teamId, week: '2026-W47' });
      expect(week.log?.status).toBe('vastgesteld');
      expect(week.students).toHaveLength(25);
      const page = await caller.mentorTeams.student({ teamId, studentId: demoStudentId });
      expect(page.notes.map((n) => n.body).join()).toContain(HIDDEN_NOTE);
      expect(page.notes.map((n) => n.body).join()).toContain(VISIBLE_NOTE);
      expect(page.reflections.length).toBeGreaterThan(5);
      expect((await caller.mentorTeams.classOverview({ teamId })).students).toHaveLength(25);
    },
  );

  it('the projectleider reads along but does not write', async () => {
    const f = await failure(
      callerFor(fx, 'projectleider@eindhoven.demo').mentorTeams.addNote({
        teamId,
        studentId: demoStudentId,
        body: 'x',
        visibleToStudent: false,
      }),
    );
    expect(f.code).toBe('FORBIDDEN');
  });

  it('a student outside the class is not on the team page', async () => {
    const outsider = fx.region.eindhoven.studentIds[40]!;
    const f = await failure(
      callerFor(fx, 'mentor@eindhoven.demo').mentorTeams.student({ teamId, studentId: outsider }),
    );
    expect(f).toMatchObject({ code: 'NOT_FOUND', message: 'e.mentorTeams.notInClass' });
  });
});

describe('a mentor who is not in the team', () => {
  it('sees no team, no log, no note, no signal and no hours', async () => {
    const caller = callerFor(fx, outsideMentor(fx, 'eindhoven'));
    expect(await caller.mentorTeams.myTeams()).toEqual([]);
    expect(await caller.mentorTeams.signals({})).toEqual([]);
    for (const call of [
      caller.mentorTeams.week({ teamId }),
      caller.mentorTeams.classOverview({ teamId }),
      caller.mentorTeams.student({ teamId, studentId: demoStudentId }),
      caller.mentorTeams.hours({ teamId }),
      caller.mentorTeams.addNote({ teamId, studentId: demoStudentId, body: 'x', visibleToStudent: false }),
      caller.mentorTeams.createLog({ teamId, sessionDate: '2026-11-24' }),
    ]) {
      expect(await failure(call)).toMatchObject({ code: 'FORBIDDEN', message: 'e.mentorTeams.notMember' });
    }
  });

  it("another partnership's mentor finds the team not at all", async () => {
    const f = await failure(callerFor(fx, 'mentor@rotterdam.demo').mentorTeams.week({ teamId }));
    expect(f.code).toBe('NOT_FOUND');
  });
});

describe('the regiegroep', () => {
  it('sees signals with counts and the overview, never notes or student names', async () => {
    const caller = callerFor(fx, 'regiegroep@eindhoven.demo');
    const signals = await caller.mentorTeams.signals({});
    expect(signals.length).toBeGreaterThanOrEqual(4);
    expect(signals.every((s) => typeof s.studentCount === 'number')).toBe(true);
    const overview = await caller.mentorTeams.overview();
    const text = JSON.stringify([signals, overview]);
    const names = fx.db
      .select({ first: students.firstName, last: students.lastName })
      .from(students)
      .where(eq(students.cohortId, fx.region.eindhoven.cohortId))
      .all();
    for (const n of names) expect(text).not.toContain(`${n.first} ${n.last}`);
    for (const note of fx.db.select({ body: studentNotes.body }).from(studentNotes).all())
      expect(text).not.toContain(note.body);
  });

  it('is refused the week, the class, a student and writing', async () => {
    const caller = callerFor(fx, 'regiegroep@eindhoven.demo');
    for (const call of [
      caller.mentorTeams.week({ teamId }),
      caller.mentorTeams.classOverview({ teamId }),
      caller.mentorTeams.student({ teamId, studentId: demoStudentId }),
      caller.mentorTeams.addNote({ teamId, studentId: demoStudentId, body: 'x', visibleToStudent: false }),
    ]) {
      expect((await failure(call)).code).toBe('FORBIDDEN');
    }
  });
});

describe('a student', () => {
  it('sees their own reflections and only the notes marked for them', async () => {
    const mine = (await callerFor(fx, 'student@eindhoven.demo').mentorTeams.myReflections())!;
    expect(mine.reflections.length).toBeGreaterThan(5);
    const notes = mine.notes.map((n) => n.body).join();
    expect(notes).toContain(VISIBLE_NOTE);
    expect(notes).not.toContain(HIDDEN_NOTE);
  });

  it("sees nothing of a classmate's reflections or notes", async () => {
    const mentor = callerFor(fx, 'mentor@eindhoven.demo');
    await mentor.mentorTeams.addNote({
      teamId,
      studentId: classmateId,
      body: 'Voor de klasgenoot zichtbaar',
      visibleToStudent: true,
    });
    const classmateReflections = (await mentor.mentorTeams.student({ teamId, studentId: classmateId })).reflections.map(
      (r) => r.body,
    );
    const mine = (await callerFor(fx, 'student@eindhoven.demo').mentorTeams.myReflections())!;
    expect(JSON.stringify(mine)).not.toContain('Voor de klasgenoot zichtbaar');
    const ownIds = new Set(mine.reflections.map((r) => r.id));
    const classmateIds = (await mentor.mentorTeams.student({ teamId, studentId: classmateId })).reflections.map(
      (r) => r.id,
    );
    expect(classmateIds.some((id) => ownIds.has(id))).toBe(false);
    expect(classmateReflections.length).toBeGreaterThan(0);
  });

  it('is refused every mentor-team screen', async () => {
    const caller = callerFor(fx, 'student@eindhoven.demo');
    for (const call of [
      caller.mentorTeams.week({ teamId }),
      caller.mentorTeams.student({ teamId, studentId: demoStudentId }),
      caller.mentorTeams.signals({}),
      caller.mentorTeams.overview(),
    ]) {
      expect((await failure(call)).code).toBe('FORBIDDEN');
    }
  });
});

describe('every view of notes, reflections or presence is audited', () => {
  it('week, class, student page and the own reflections page each write an event', async () => {
    const mentor = callerFor(fx, 'mentor@eindhoven.demo');
    const before = [
      auditCount(fx, 'mentor_team.week.view', teamId),
      auditCount(fx, 'mentor_team.class.view', teamId),
      auditCount(fx, 'student.mentor_view', demoStudentId),
      auditCount(fx, 'student_reflection.view', demoStudentId),
    ];
    await mentor.mentorTeams.week({ teamId });
    await mentor.mentorTeams.classOverview({ teamId });
    await mentor.mentorTeams.student({ teamId, studentId: demoStudentId });
    await callerFor(fx, 'student@eindhoven.demo').mentorTeams.myReflections();
    const after = [
      auditCount(fx, 'mentor_team.week.view', teamId),
      auditCount(fx, 'mentor_team.class.view', teamId),
      auditCount(fx, 'student.mentor_view', demoStudentId),
      auditCount(fx, 'student_reflection.view', demoStudentId),
    ];
    expect(after).toEqual(before.map((n) => n + 1));
  });
});
