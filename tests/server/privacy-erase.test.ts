/**
 * Vergeten: a demo student and a staff member are erased; afterwards their name, e-mail and student
 * number are nowhere — not in any column of any table (search index and audit log included), not in
 * the bytes of the database file or its WAL — while every dashboard figure is exactly what it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { loginFailures, mentorTeams, sessions, studentReflections, students, users } from '../../db/schema';
import { ERASED } from '../../shared/domain/privacy';
import { actorFor, callerAs, callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { searchEveryTable, searchFileBytes, wholeNumber } from '../helpers/privacy';
import { execWatched } from '../../db/data-generation';
import { parsedAs } from '../helpers/answers';

let fx: DemoFixture;
let beheer: ReturnType<typeof callerFor>;
let sanne: { id: number; userId: number; email: string; number: string };
let mirjam: { id: number };
let before: unknown;

const run = (sql: string, ...args: unknown[]) => fx.db.$client.prepare(sql).run(...args);
const firstId = (sql: string, ...args: unknown[]) => (fx.db.$client.prepare(sql).get(...args) as { id: number }).id;

/** What the dashboards show: the regiegroep's (placements, mentor teams, knowledge) and the teams overview. */
async function figures() {
  const pl = callerFor(fx, 'projectleider@eindhoven.demo');
  const counts = fx.db.$client
    .prepare(
      `SELECT (SELECT count(*) FROM student) s, (SELECT count(*) FROM student_reflection) r, (SELECT count(*) FROM mentor_session_attendance) a,
    (SELECT count(*) FROM placement_participant) p, (SELECT count(*) FROM placement_assignment) pa, (SELECT count(*) FROM mentor_signal) sig, (SELECT sum(minutes) FROM mentor_hour_entry) m`,
    )
    .get();
  return { dashboard: await pl.regiegroep.dashboard({}), overview: await pl.mentorTeams.overview(), counts };
}

beforeAll(async () => {
  fx = await demoFixture();
  const e = fx.region.eindhoven;
  beheer = callerFor(fx, 'beheer@eindhoven.demo');
  const s = fx.db.select().from(students).where(eq(students.id, e.studentIds[0]!)).get()!;
  sanne = { id: s.id, userId: s.userId!, email: s.email!, number: s.studentNumber! };
  mirjam = { id: e.userIdByEmail['mentor@eindhoven.demo']! };
  const p = e.partnershipId;
  // Her name, written the ways people write it, in the free text of every feature.
  run(
    `UPDATE knowledge_post SET body = body || ' Gesprek met Sanne Jansen over de overdracht.' WHERE id = ?`,
    firstId(
      'SELECT kp.id FROM knowledge_post kp JOIN knowledge_entry ke ON ke.id = kp.entry_id WHERE ke.partnership_id = ?',
      p,
    ),
  );
  run(
    `UPDATE knowledge_entry SET description = description || ' (Jansen, Sanne) en Mirjam de Wit.' WHERE id = ?`,
    firstId('SELECT id FROM knowledge_entry WHERE partnership_id = ?', p),
  );
  run(
    `UPDATE knowledge_principle SET explanation = explanation || ' Zie S. Jansen.' WHERE id = ?`,
    firstId('SELECT id FROM knowledge_principle WHERE partnership_id = ?', p),
  );
  run(
    `UPDATE mentor_session_log SET agreements = agreements || ' sanne jansen komt dinsdag; mail ${s.email}. Mirjam de Wit belt.' WHERE id = ?`,
    firstId('SELECT id FROM mentor_session_log WHERE partnership_id = ?', p),
  );
  run(
    `UPDATE mentor_student_note SET body = body || ' Samen met Sanne\u00a0Jansen.' WHERE id = ?`,
    firstId('SELECT id FROM mentor_student_note WHERE student_id <> ? AND partnership_id = ?', s.id, p),
  );
  run(`UPDATE mentor_student_note SET body = 'Sanne liet veel zien.' WHERE student_id = ?`, s.id);
  run(
    `UPDATE regiegroep_meeting SET minutes = minutes || ' Casus Sanne Jansen (studentnummer ${s.studentNumber}) besproken.' WHERE id = ?`,
    firstId('SELECT id FROM regiegroep_meeting WHERE partnership_id = ?', p),
  );
  run(
    `UPDATE mentor_hour_entry SET note = 'Gesprek met Sanne Jansen' WHERE id = ?`,
    firstId('SELECT id FROM mentor_hour_entry WHERE user_id = ?', mirjam.id),
  );
  run(
    `UPDATE mentor_signal SET description = description || ' Gezien bij SANNE JANSEN.' WHERE id = ?`,
    firstId('SELECT id FROM mentor_signal WHERE partnership_id = ?', p),
  );
  run(
    `UPDATE placement_assignment SET note = 'Op verzoek van Sanne Jansen' WHERE participant_id IN (SELECT id FROM placement_participant WHERE student_id = ?)`,
    s.id,
  );
  run(
    `INSERT INTO invite (partnership_id, email, name, role, student_id, token_hash, created_by, created_at, expires_at) VALUES (?, ?, 'Sanne Jansen', 'student', ?, 'hash-proef', ?, 0, 1)`,
    p,
    s.email,
    s.id,
    e.userIdByEmail['beheer@eindhoven.demo'],
  );
  // Mails: an invitation to her address (no account yet), a notification to her account, one to Mirjam.
  const mail = (userId: number | null, to: string, subject: string, text: string, key: string) =>
    run(
      `INSERT INTO mail_outbox (partnership_id, user_id, to_address, kind, subject, text, html, message_id, status, next_attempt_at, created_at, sent_at) VALUES (?, ?, ?, 'test', ?, ?, ?, ?, 'sent', 0, 1, 2)`,
      p,
      userId,
      to,
      subject,
      text,
      `<p>${text}</p>`,
      `<${key}@werkplaats.test>`,
    );
  mail(null, s.email!, 'Uitnodiging voor Werkplaats', 'Beste Sanne Jansen, je bent uitgenodigd.', 'proef-1');
  mail(s.userId, s.email!, 'Je reflectie', 'Hallo Sanne, je mentor las je reflectie.', 'proef-2');
  mail(
    e.userIdByEmail['mentor@eindhoven.demo']!,
    'mentor@eindhoven.demo',
    'Week 48',
    'Beste Mirjam de Wit, de week van je team.',
    'proef-3',
  );
  run(
    `INSERT INTO login_failure (key, at) VALUES (?, 1), ('email:mentor@eindhoven.demo', 1)`,
    'email:student@eindhoven.demo',
  );
  // Views of her record, so there is an audit trail (which must hold no name either).
  const team = fx.db.select({ id: mentorTeams.id }).from(mentorTeams).where(eq(mentorTeams.partnershipId, p)).get()!.id;
  await callerFor(fx, 'mentor@eindhoven.demo').mentorTeams.student({ teamId: team, studentId: s.id });
  await beheer.students.list({ search: 'Sanne Jansen' });
  await beheer.students.get({ id: s.id });
  actorFor(fx.db, fx.clock, 'student@eindhoven.demo');
  before = await figures();
});

const sanneNeedles = () => [
  'Sanne Jansen',
  'Jansen, Sanne',
  'sanne\u00a0jansen',
  sanne.email,
  'student@eindhoven.demo',
  wholeNumber(sanne.number),
];

describe('erasing a student', () => {
  it('refuses without the typed name, and with another name', async () => {
    await expect(
      beheer.privacy.erase({ subject: 'student', id: sanne.id, confirmation: 'Sanne' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'v.privacy.confirmation' });
    await expect(beheer.privacy.erase({ subject: 'student', id: sanne.id, confirmation: '' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('skips emptying the WAL inside a transaction (the matrix rolls every call back) and says so', async () => {
    const result = await rolledBack(fx.db, () =>
      beheer.privacy.erase({ subject: 'student', id: sanne.id, confirmation: 'Sanne Jansen' }),
    );
    expect(result).toMatchObject({ walTruncated: false });
    expect(fx.db.select().from(students).where(eq(students.id, sanne.id)).get()!.firstName).toBe('Sanne');
  });

  it('the planted name is there before (so the search below is not vacuous)', () => {
    expect(searchEveryTable(fx.db, ['Sanne Jansen']).length).toBeGreaterThan(8);
    // Each needle somewhere in the bytes: the seeded rows are in the main file (the fixture copies a
    // checkpointed template), the planted ones in the WAL, so a needle can be in both.
    for (const needle of ['Sanne Jansen', sanne.email])
      expect(searchFileBytes(fx.db, [needle]).length).toBeGreaterThan(0);
    expect(
      (
        fx.db.$client
          .prepare(`SELECT count(*) AS n FROM knowledge_fts WHERE knowledge_fts MATCH '"sanne jansen"'`)
          .get() as { n: number }
      ).n,
    ).toBeGreaterThan(0);
  });

  it('leaves her name, e-mail and number nowhere in the database, its search index or its file', async () => {
    const t0 = Date.now();
    const result = await beheer.privacy.erase({ subject: 'student', id: sanne.id, confirmation: '  sanne   JANSEN ' });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(result).toMatchObject({ accountErased: true, walTruncated: true, invites: 1 });
    expect(searchEveryTable(fx.db, sanneNeedles())).toEqual([]);
    expect(searchFileBytes(fx.db, sanneNeedles())).toEqual([]);
    const sqlite = fx.db.$client;
    expect(
      (
        sqlite.prepare(`SELECT count(*) AS n FROM knowledge_fts WHERE knowledge_fts MATCH '"sanne jansen"'`).get() as {
          n: number;
        }
      ).n,
    ).toBe(0);
    execWatched(sqlite, "CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, 'knowledge_fts', 'row')");
    expect(sqlite.prepare("SELECT term FROM temp.fts_terms WHERE term = 'sanne'").all()).toEqual([]);
  });

  it('blanks her record and her own texts, disables her account and ends its sessions', () => {
    expect(fx.db.select().from(students).where(eq(students.id, sanne.id)).get()).toMatchObject({
      firstName: ERASED,
      lastName: '',
      email: null,
      studentNumber: null,
      homeLat: null,
      homeLon: null,
    });
    expect(
      fx.db
        .select({ body: studentReflections.body })
        .from(studentReflections)
        .where(eq(studentReflections.studentId, sanne.id))
        .all()
        .every((r) => r.body === ERASED),
    ).toBe(true);
    const account = fx.db.select().from(users).where(eq(users.id, sanne.userId)).get()!;
    expect(account).toMatchObject({ name: ERASED, passwordHash: null });
    expect(account.disabledAt).not.toBeNull();
    expect(fx.db.select({ n: count() }).from(sessions).where(eq(sessions.userId, sanne.userId)).get()!.n).toBe(0);
    expect(
      fx.db
        .select({ n: count() })
        .from(loginFailures)
        .where(eq(loginFailures.key, 'email:student@eindhoven.demo'))
        .get()!.n,
    ).toBe(0);
  });

  it('is audited by id, with counts only', () => {
    const event = fx.db.$client.prepare("SELECT * FROM audit_event WHERE action = 'privacy.erase'").get() as {
      subject_type: string;
      subject_id: string;
      detail: string;
    };
    expect(event).toMatchObject({ subject_type: 'student', subject_id: String(sanne.id) });
    expect(
      Object.values(parsedAs<object>(event.detail)).every((v) => typeof v === 'number' || typeof v === 'boolean'),
    ).toBe(true);
  });

  it('refuses a second time', async () => {
    await expect(
      beheer.privacy.erase({ subject: 'student', id: sanne.id, confirmation: ERASED }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'e.privacy.alreadyErased' });
  });
});

describe('erasing a staff member', () => {
  it('refuses the beheerder erasing themself, and a person who also works in another partnership', async () => {
    await expect(
      beheer.privacy.erase({
        subject: 'person',
        id: fx.region.eindhoven.userIdByEmail['beheer@eindhoven.demo']!,
        confirmation: 'Bram Beheer',
      }),
    ).rejects.toMatchObject({ message: 'e.privacy.ownAccount' });
    await expect(
      beheer.privacy.erase({
        subject: 'person',
        id: fx.region.eindhoven.userIdByEmail['lector@werkplaats.demo']!,
        confirmation: 'Dr. Karin Lemmens (lector)',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'e.privacy.otherPartnership' });
  });

  it("leaves the mentor's name and e-mail nowhere; the account is disabled", async () => {
    const result = await beheer.privacy.erase({ subject: 'person', id: mirjam.id, confirmation: 'Mirjam de Wit' });
    expect(result).toMatchObject({ accountErased: true, walTruncated: true });
    const needles = ['Mirjam de Wit', 'mentor@eindhoven.demo', 'de Wit, Mirjam'];
    expect(searchEveryTable(fx.db, needles)).toEqual([]);
    expect(searchFileBytes(fx.db, needles)).toEqual([]);
    expect(
      fx.db
        .select()
        .from(users)
        .where(and(eq(users.id, mirjam.id), eq(users.name, ERASED)))
        .get()?.disabledAt,
    ).toBeTruthy();
  });
});

describe('aggregates', () => {
  it('every dashboard figure is exactly what it was before both erasures (only the names read [verwijderd])', async () => {
    // The teams overview lists its members by name: that name is the one thing that may change.
    const expected = parsedAs<unknown>(
      JSON.stringify(before).replaceAll('Mirjam de Wit', ERASED).replaceAll('Sanne Jansen', ERASED),
    );
    expect(await figures()).toEqual(expected);
  });

  it("another partnership's beheerder cannot reach them", async () => {
    const rotterdam = callerAs(fx, actorFor(fx.db, fx.clock, 'beheer@rotterdam.demo'));
    await expect(
      rotterdam.privacy.erase({ subject: 'student', id: fx.region.eindhoven.studentIds[1]!, confirmation: 'x' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
