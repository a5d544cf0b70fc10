/**
 * The werkbegeleider's voice (decision 083): a werkbegeleider reaches the students placed at their own
 * TOP-locatie only — never another location's, never another partnership's — confirms presence per day,
 * writes observations and asks the programme; the mentor team sees planned against confirmed and
 * triages the questions; the student sees only what was marked for them. Every view is audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents, placementParticipants, workplaceQuestions } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { failure } from '../helpers/failure';

const JOYCE = 'werkbegeleider@eindhoven.demo'; // Kindcentrum De Regenboog, where the demo student Sanne is placed
const LINDA = 'locatie@eindhoven.demo'; // Kindcentrum Wittering.nl
const ROTTERDAM = 'werkbegeleider@rotterdam.demo';
const MENTOR = 'mentor@eindhoven.demo';
const STUDENT = 'student@eindhoven.demo';

let fx: DemoFixture;
let sanne: number;
let milan: number;
beforeAll(async () => {
  fx = await demoFixture();
  const idOf = (first: string, last: string) =>
    fx.db.get<{ id: number }>(sql`select id from student where first_name = ${first} and last_name = ${last}`).id;
  sanne = idOf('Sanne', 'Jansen');
  milan = idOf('Milan', 'Prins');
}, 60_000);

const auditsOf = (action: string) => fx.db.select().from(auditEvents).where(eq(auditEvents.action, action)).all();

describe('whom a werkbegeleider reaches', () => {
  it('lists the students placed at their own location, none of another', async () => {
    const joyce = await callerFor(fx, JOYCE).workplace.myStudents();
    const linda = await callerFor(fx, LINDA).workplace.myStudents();
    expect(joyce.map((s) => s.studentId)).toContain(sanne);
    expect(joyce.map((s) => s.studentId)).not.toContain(milan);
    expect(linda.map((s) => s.studentId)).toContain(milan);
    expect(linda.map((s) => s.studentId)).not.toContain(sanne);
    expect(joyce.find((s) => s.studentId === sanne)).toMatchObject({ name: 'Sanne Jansen', current: true });
    expect(auditsOf('workplace.list').length).toBeGreaterThanOrEqual(2);
  });

  it("another location's student, or another partnership's, is not found for every werkbegeleider permission", async () => {
    for (const [who, studentId] of [
      [LINDA, sanne],
      [JOYCE, milan],
      [ROTTERDAM, sanne],
    ] as const) {
      const w = callerFor(fx, who).workplace;
      const attempts = [
        w.student({ studentId }),
        w.confirmPresence({ studentId, week: '2026-W48', days: [{ weekday: 1, status: 'aanwezig' }], revision: null }),
        w.addObservation({ studentId, body: 'Niet mijn student' }),
        w.askQuestion({ studentId, body: 'Niet mijn student' }),
      ];
      for (const attempt of attempts) expect(await failure(attempt)).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('a withdrawn student is no longer theirs', () =>
    rolledBack(fx.db, async () => {
      fx.db
        .update(placementParticipants)
        .set({ withdrawnAt: fx.clock.now() })
        .where(eq(placementParticipants.studentId, sanne))
        .run();
      const joyce = callerFor(fx, JOYCE).workplace;
      expect((await joyce.myStudents()).map((s) => s.studentId)).not.toContain(sanne);
      expect(await failure(joyce.student({ studentId: sanne }))).toMatchObject({ code: 'NOT_FOUND' });
    }));
});

describe('presence per day', () => {
  it('the werkbegeleider confirms days; the mentor team sees them beside the planned days; audited', () =>
    rolledBack(fx.db, async () => {
      const joyce = callerFor(fx, JOYCE).workplace;
      const before = await joyce.student({ studentId: sanne, week: '2026-W48' });
      expect(before.presence).toMatchObject({ key: '2026-W48', planned: [1, 2, 4], confirmed: {}, revision: null });
      const saved = await joyce.confirmPresence({
        studentId: sanne,
        week: '2026-W48',
        days: [
          { weekday: 1, status: 'aanwezig' },
          { weekday: 2, status: 'afwezig' },
        ],
        revision: null,
      });
      expect(saved.revision).toBe(0);
      // A second "first" save of the same week is refused: someone confirmed it in between.
      expect(
        await failure(joyce.confirmPresence({ studentId: sanne, week: '2026-W48', days: [], revision: null })),
      ).toMatchObject({ code: 'CONFLICT', message: 'e.workplace.presenceExists' });
      await joyce.confirmPresence({
        studentId: sanne,
        week: '2026-W48',
        days: [
          { weekday: 1, status: 'aanwezig' },
          { weekday: 2, status: 'afwezig' },
          { weekday: 4, status: 'aanwezig' },
        ],
        revision: 0,
      });

      const team = await callerFor(fx, MENTOR).workplace.forTeam({ studentId: sanne, week: '2026-W48' });
      expect(team.weeks.map((w) => w.key)).toEqual(['2026-W48', '2026-W47', '2026-W46', '2026-W45']);
      expect(team.weeks[0]).toMatchObject({
        planned: [1, 2, 4],
        confirmed: { '1': 'aanwezig', '2': 'afwezig', '4': 'aanwezig' },
        confirmedBy: { name: 'Joyce van Dijk', location: 'Kindcentrum De Regenboog' },
      });
      expect(auditsOf('workplace_presence.update').length).toBeGreaterThanOrEqual(2);
      expect(
        fx.db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.action, 'student.workplace_view'), eq(auditEvents.subjectId, String(sanne))))
          .all().length,
      ).toBeGreaterThanOrEqual(2);
    }));

  it('a mentor outside the class, or of another partnership, does not see it', async () => {
    expect(await failure(callerFor(fx, 'mentor@rotterdam.demo').workplace.forTeam({ studentId: sanne }))).toMatchObject(
      { code: 'NOT_FOUND' },
    );
    const outsideClass = fx.db.get<{ id: number }>(
      sql`select id from student where partnership_id = ${fx.region.eindhoven.partnershipId} and cohort_id is null limit 1`,
    ).id;
    expect(await failure(callerFor(fx, MENTOR).workplace.forTeam({ studentId: outsideClass }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('observations', () => {
  it('for the team only, or also for the student: the student sees only the one marked for them', () =>
    rolledBack(fx.db, async () => {
      const joyce = callerFor(fx, JOYCE).workplace;
      await joyce.addObservation({ studentId: sanne, body: 'Alleen voor het team: let op de overdracht.' });
      const forStudent = await joyce.addObservation({
        studentId: sanne,
        body: 'Voor jou: je kringactiviteit liep mooi.',
        visibleToStudent: true,
      });
      const mine = await callerFor(fx, STUDENT).workplace.mine();
      expect(mine.map((o) => o.body)).toContain('Voor jou: je kringactiviteit liep mooi.');
      expect(mine.map((o) => o.body)).not.toContain('Alleen voor het team: let op de overdracht.');
      expect(mine.find((o) => o.id === forStudent.id)).toMatchObject({ authorName: 'Joyce van Dijk' });

      const team = await callerFor(fx, MENTOR).workplace.forTeam({ studentId: sanne });
      expect(team.observations.map((o) => o.body)).toEqual(
        expect.arrayContaining([
          'Alleen voor het team: let op de overdracht.',
          'Voor jou: je kringactiviteit liep mooi.',
        ]),
      );
      expect(auditsOf('workplace_observation.create').length).toBeGreaterThanOrEqual(2);
    }));

  it('only its author changes an observation, with the revision read', () =>
    rolledBack(fx.db, async () => {
      const { id } = await callerFor(fx, JOYCE).workplace.addObservation({ studentId: sanne, body: 'Eerste versie' });
      // A second werkbegeleider at the same location reaches the student but not the words of another.
      const colleague = fx.db.get<{ id: number }>(sql`select id from "user" where email = 'locatie@eindhoven.demo'`).id;
      const regenboog = fx.region.eindhoven.locationIdByName['Kindcentrum De Regenboog']!;
      fx.db.run(sql`update membership set top_location_id = ${regenboog} where user_id = ${colleague}`);
      expect(
        await failure(callerFor(fx, LINDA).workplace.updateObservation({ id, revision: 0, body: 'Overgeschreven' })),
      ).toMatchObject({ code: 'FORBIDDEN', message: 'e.workplace.notAuthor' });
      const joyce = callerFor(fx, JOYCE).workplace;
      expect(await joyce.updateObservation({ id, revision: 0, body: 'Tweede versie', visibleToStudent: true })).toEqual(
        {
          id,
          revision: 1,
        },
      );
      expect(await failure(joyce.updateObservation({ id, revision: 0, body: 'Oud' }))).toMatchObject({
        code: 'CONFLICT',
      });
    }));

  it('refuses an empty observation with a Dutch message at the field', async () => {
    const error = await failure(callerFor(fx, JOYCE).workplace.addObservation({ studentId: sanne, body: '   ' }));
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('questions to the programme', () => {
  it('arrive with the mentor team of the student’s class, which moves them forward only', () =>
    rolledBack(fx.db, async () => {
      const { id } = await callerFor(fx, JOYCE).workplace.askQuestion({
        studentId: sanne,
        body: 'Mag Sanne een week eerder beginnen met de kringopdracht?',
      });
      const mentor = callerFor(fx, MENTOR).workplace;
      const question = (await mentor.questions()).find((q) => q.id === id);
      expect(question).toMatchObject({
        status: 'nieuw',
        studentName: 'Sanne Jansen',
        authorName: 'Joyce van Dijk',
        locationName: 'Kindcentrum De Regenboog',
        revision: 0,
      });
      expect((await callerFor(fx, 'mentor@rotterdam.demo').workplace.questions()).map((q) => q.id)).not.toContain(id);

      await mentor.setQuestionStatus({ id, revision: 0, status: 'opgepakt' });
      expect(await failure(mentor.setQuestionStatus({ id, revision: 1, status: 'nieuw' }))).toMatchObject({
        code: 'BAD_REQUEST',
        message: 'e.workplace.backwards',
      });
      expect(await failure(mentor.setQuestionStatus({ id, revision: 0, status: 'afgerond' }))).toMatchObject({
        code: 'CONFLICT',
      });
      await mentor.setQuestionStatus({ id, revision: 1, status: 'afgerond' });
      expect(fx.db.select().from(workplaceQuestions).where(eq(workplaceQuestions.id, id)).get()!.status).toBe(
        'afgerond',
      );
      expect(auditsOf('workplace_question.status')).toHaveLength(2);
    }));
});

describe('the demo', () => {
  it('has a werkbegeleider with observations and confirmed presence, and a question waiting for the team', async () => {
    const team = await callerFor(fx, MENTOR).workplace.forTeam({ studentId: sanne, week: '2026-W48' });
    expect(team.weeks.slice(1).every((w) => Object.keys(w.confirmed).length > 0)).toBe(true);
    expect(team.weeks.slice(1).some((w) => Object.values(w.confirmed).includes('afwezig'))).toBe(true);
    expect(team.observations.filter((o) => o.visibleToStudent)).toHaveLength(1);
    expect((await callerFor(fx, MENTOR).workplace.questions()).some((q) => q.status === 'nieuw')).toBe(true);
  });
});
