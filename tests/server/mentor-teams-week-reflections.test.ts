/**
 * Mentors read a week's reflections on one page, mark them read and answer; the student sees both.
 * The class overview shows the latest weeks first; a mentor sees the regiegroep's decision on their
 * own signal.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, signals } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { teamIdOf } from '../helpers/mentor-teams';
import { failure } from '../helpers/failure';

let fx: DemoFixture;
let teamId: number;
let studentId: number;
beforeAll(async () => {
  fx = await demoFixture();
  teamId = teamIdOf(fx, 'eindhoven');
  studentId = fx.region.eindhoven.cohortStudentIds[0]!;
}, 60_000);

const mentor = () => callerFor(fx, 'mentor@eindhoven.demo');
const student = () => callerFor(fx, 'student@eindhoven.demo');

describe("a week's reflections for the mentors", () => {
  it('lists every student of the class with their reflection; marking read and answering reach the student', () =>
    rolledBack(fx.db, async () => {
      await student().mentorTeams.saveReflection({ week: '2026-W48', body: 'Ik heb de kring geleid.', nextStep: '' });
      const page = await mentor().mentorTeams.weekReflections({ teamId, week: '2026-W48' });
      expect(page.students.length).toBeGreaterThanOrEqual(20);
      const own = page.students.find((s) => s.id === studentId)!;
      expect(own).toMatchObject({
        name: 'Sanne Jansen',
        reflection: { body: 'Ik heb de kring geleid.', readAt: null },
      });
      expect(page.students.filter((s) => s.reflection !== null).map((s) => s.id)).toContain(studentId);
      const viewed = fx.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'student_reflection.view'), eq(auditEvents.subjectType, 'mentor_team')))
        .all()
        .at(-1)!;
      expect(viewed.detail).toMatchObject({ week: '2026-W48' });

      expect((await student().mentorTeams.myReflections())!.reflections[0]).toMatchObject({ readAt: null, answer: '' });
      await mentor().mentorTeams.markReflectionRead({ id: own.reflection!.id });
      const read = (await mentor().mentorTeams.weekReflections({ teamId, week: '2026-W48' })).students.find(
        (s) => s.id === studentId,
      )!.reflection!;
      expect(read.readAt).toBe(fx.clock.now());
      expect(read.readByName).toBe('Mirjam de Wit');
      await mentor().mentorTeams.answerReflection({
        id: own.reflection!.id,
        answer: 'Mooi! Wat deed je met stille kinderen?',
      });
      expect((await student().mentorTeams.myReflections())!.reflections[0]).toMatchObject({
        answer: 'Mooi! Wat deed je met stille kinderen?',
        answeredByName: 'Mirjam de Wit',
      });
      expect((await student().mentorTeams.myReflections())!.reflections[0]!.readAt).not.toBeNull();

      // Rewritten by the student: new to the mentors again, the answer stays.
      await student().mentorTeams.saveReflection({ week: '2026-W48', body: 'Aangevuld.', nextStep: '' });
      expect((await student().mentorTeams.myReflections())!.reflections[0]).toMatchObject({
        readAt: null,
        answer: 'Mooi! Wat deed je met stille kinderen?',
      });
    }));

  it("refuses an empty answer at its field, and another partnership's mentor finds nothing", () =>
    rolledBack(fx.db, async () => {
      await student().mentorTeams.saveReflection({ week: '2026-W48', body: 'Tekst.', nextStep: '' });
      const id = (await mentor().mentorTeams.weekReflections({ teamId, week: '2026-W48' })).students.find(
        (s) => s.id === studentId,
      )!.reflection!.id;
      expect((await failure(mentor().mentorTeams.answerReflection({ id, answer: '  ' }))).zod[0]).toMatchObject({
        path: ['answer'],
      });
      const other = callerFor(fx, 'mentor@rotterdam.demo');
      expect((await failure(other.mentorTeams.markReflectionRead({ id }))).code).toBe('NOT_FOUND');
      expect((await failure(other.mentorTeams.weekReflections({ teamId, week: '2026-W48' }))).code).toBe('NOT_FOUND');
    }));
});

describe('the class overview', () => {
  it('shows the latest weeks first', async () => {
    const { weeks } = await mentor().mentorTeams.classOverview({ teamId });
    const keys = weeks.map((w) => w.key);
    expect(keys.length).toBeGreaterThan(3);
    expect(keys).toEqual([...keys].sort().reverse());
  });
});

describe("the regiegroep's decision on a signal", () => {
  it("comes back to the mentor with the signal, with the meeting's name and date", async () => {
    const decided = fx.db
      .select({ id: signals.id })
      .from(signals)
      .where(
        and(
          eq(signals.partnershipId, fx.region.eindhoven.partnershipId),
          eq(signals.title, 'Observeren en rapporteren van ontwikkeling'),
        ),
      )
      .get()!;
    const list = await mentor().mentorTeams.signals({});
    const signal = list.find((s) => s.id === decided.id)!;
    expect(signal.decisions).toEqual([
      {
        text: 'De opleiding voegt in periode 2 een les observeren en rapporteren met het kindvolgsysteem toe.',
        meetingTitle: 'Regiegroepoverleg oktober',
        heldOn: '2026-10-06',
      },
    ]);
    expect(list.filter((s) => s.id !== decided.id).every((s) => s.decisions.every((d) => d.text.length > 0))).toBe(
      true,
    );
  });
});
