/** Students' weekly reflections and the mentor team's notes on a student. */
import { beforeAll, describe, expect, it } from 'vitest';
import { memberships, users } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { teamIdOf } from '../helpers/mentor-teams';
import { failure } from '../helpers/failure';

let fx: DemoFixture;
let teamId: number;
let studentId: number;
let mentor: ReturnType<typeof callerFor>;
let student: ReturnType<typeof callerFor>;

beforeAll(async () => {
  fx = await demoFixture();
  teamId = teamIdOf(fx, 'eindhoven');
  studentId = fx.region.eindhoven.cohortStudentIds[0]!;
  mentor = callerFor(fx, 'mentor@eindhoven.demo');
  student = callerFor(fx, 'student@eindhoven.demo');
});

describe('a student reflects on the week', () => {
  it('writes this week; the mentor team sees it on the student page and in the week view', () =>
    rolledBack(fx.db, async () => {
      expect((await student.mentorTeams.myReflections())!.weeks[0]).toMatchObject({ key: '2026-W48', written: false });
      await student.mentorTeams.saveReflection({
        week: '2026-W48',
        body: 'Ik heb de kring geleid.',
        nextStep: 'Stille kinderen betrekken.',
      });
      expect((await student.mentorTeams.myReflections())!.weeks[0]).toMatchObject({ key: '2026-W48', written: true });
      const page = await mentor.mentorTeams.student({ teamId, studentId });
      expect(page.reflections[0]).toMatchObject({
        key: '2026-W48',
        body: 'Ik heb de kring geleid.',
        nextStep: 'Stille kinderen betrekken.',
      });
      expect((await mentor.mentorTeams.week({ teamId })).students.find((s) => s.id === studentId)!.reflected).toBe(
        true,
      );
    }));

  it('rewrites the same week instead of adding a second reflection', () =>
    rolledBack(fx.db, async () => {
      const first = await student.mentorTeams.saveReflection({ week: '2026-W48', body: 'Eerste versie' });
      const second = await student.mentorTeams.saveReflection({ week: '2026-W48', body: 'Tweede versie' });
      expect(second.id).toBe(first.id);
      const mine = (await student.mentorTeams.myReflections())!.reflections.filter((r) => r.key === '2026-W48');
      expect(mine.map((r) => r.body)).toEqual(['Tweede versie']);
    }));

  it('refuses an empty reflection, a week not yet begun, and a week outside the school year', async () => {
    expect((await failure(student.mentorTeams.saveReflection({ week: '2026-W48', body: '   ' }))).zod[0]).toMatchObject(
      { path: ['body'], message: 'v.required' },
    );
    expect(await failure(student.mentorTeams.saveReflection({ week: '2026-W49', body: 'Vooruit' }))).toMatchObject({
      message: 'v.mentorTeams.weekInFuture',
      field: 'week',
    });
    expect(await failure(student.mentorTeams.saveReflection({ week: '2026-W20', body: 'Vorig jaar' }))).toMatchObject({
      message: 'v.dateOutsideYear',
      field: 'week',
    });
  });

  it('without a student record there is nothing to show or write', async () => {
    // A student-role account without a student record (an invitation not yet linked).
    const userId = fx.db
      .insert(users)
      .values({ email: 'los@eindhoven.demo', name: 'Losse Student', createdAt: 0 })
      .returning()
      .get().id;
    fx.db
      .insert(memberships)
      .values({ userId, partnershipId: fx.region.eindhoven.partnershipId, role: 'student', createdAt: 0 })
      .run();
    const loose = callerFor(fx, 'los@eindhoven.demo');
    expect(await loose.mentorTeams.myReflections()).toBeNull();
    expect(await failure(loose.mentorTeams.saveReflection({ week: '2026-W48', body: 'x' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'e.mentorTeams.noStudent',
    });
  });
});

describe('notes on a student', () => {
  it('marked for the student, show on their page; unmarked, only to the team', () =>
    rolledBack(fx.db, async () => {
      await mentor.mentorTeams.addNote({ teamId, studentId, body: 'Zichtbare notitie', visibleToStudent: true });
      await mentor.mentorTeams.addNote({ teamId, studentId, body: 'Teamnotitie' });
      const seen = (await student.mentorTeams.myReflections())!.notes.map((n) => n.body);
      expect(seen).toContain('Zichtbare notitie');
      expect(seen).not.toContain('Teamnotitie');
      const team = (await callerFor(fx, 'docent@eindhoven.demo').mentorTeams.student({ teamId, studentId })).notes;
      expect(team.map((n) => n.body)).toEqual(expect.arrayContaining(['Zichtbare notitie', 'Teamnotitie']));
      expect(team.find((n) => n.body === 'Teamnotitie')!.mine).toBe(false);
    }));

  it('only the author changes or removes a note; marking it visible later shows it', () =>
    rolledBack(fx.db, async () => {
      const { id } = await mentor.mentorTeams.addNote({ teamId, studentId, body: 'Eerst voor het team' });
      const docent = callerFor(fx, 'docent@eindhoven.demo');
      expect(await failure(docent.mentorTeams.updateNote({ id, body: 'x' }))).toMatchObject({
        code: 'FORBIDDEN',
        message: 'e.mentorTeams.notAuthor',
      });
      expect((await failure(docent.mentorTeams.removeNote({ id }))).code).toBe('FORBIDDEN');
      await mentor.mentorTeams.updateNote({ id, body: 'Nu ook voor jou', visibleToStudent: true });
      expect((await student.mentorTeams.myReflections())!.notes.map((n) => n.body)).toContain('Nu ook voor jou');
      await mentor.mentorTeams.removeNote({ id });
      expect((await student.mentorTeams.myReflections())!.notes.map((n) => n.body)).not.toContain('Nu ook voor jou');
    }));

  it('refuses an empty note at the field', async () => {
    expect((await failure(mentor.mentorTeams.addNote({ teamId, studentId, body: '' }))).zod[0]).toMatchObject({
      path: ['body'],
      message: 'v.required',
    });
  });
});
