/**
 * Inzage: the JSON file holds everything about a student or a person — every table that points at
 * them, found from the schema (so a table added later is covered without touching this feature) —
 * and who viewed their record. "Wie zag dit dossier" reads the same audit trail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { mentorTeams } from '../../db/schema';
import { actorFor, callerAs, callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { fingerprintsOf } from '../helpers/samples';
import { execWatched } from '../../db/data-generation';
import { parsedAs } from '../helpers/answers';

let fx: DemoFixture;
let beheer: ReturnType<typeof callerFor>;
let sanneId: number;

beforeAll(async () => {
  fx = await demoFixture();
  beheer = callerFor(fx, 'beheer@eindhoven.demo');
  sanneId = fx.region.eindhoven.studentIds[0]!;
});

type ExportDoc = {
  tables: { table: string; column: string; level: number; relation: string; rows: Record<string, unknown>[] }[];
  record: Record<string, unknown>;
  accessLog: { action: string; actorName: string | null; scope: string }[];
} & Record<string, unknown>;
const exportOf = async (subject: 'student' | 'person', id: number, caller = beheer) =>
  JSON.parse((await caller.privacy.export({ subject, id })).content) as ExportDoc;

/** Every foreign key in the database that points at `target`, straight from SQLite. */
function foreignKeysTo(target: string): string[] {
  const sqlite = fx.db.$client;
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
  ).map((t) => t.name);
  return tables
    .flatMap((t) =>
      (
        sqlite.prepare('SELECT "from", "table" FROM pragma_foreign_key_list(?)').all(t) as {
          from: string;
          table: string;
        }[]
      )
        .filter((fk) => fk.table === target && t !== target)
        .map((fk) => `${t}.${fk.from}`),
    )
    .sort();
}

describe('coverage', () => {
  it.each([
    ['student', 'student'],
    ['person', 'user'],
  ] as const)("a %s's file lists every foreign key to %s in the database", async (subject, table) => {
    const id = subject === 'student' ? sanneId : fx.region.eindhoven.userIdByEmail['mentor@eindhoven.demo']!;
    const doc = await exportOf(subject, id);
    const listed = doc.tables
      .filter((t) => t.level === 1)
      .map((t) => `${t.table}.${t.column}`)
      .sort();
    expect(foreignKeysTo(table).length).toBeGreaterThanOrEqual(5);
    expect(listed).toEqual(foreignKeysTo(table));
  });

  it('a table added tomorrow is in the file (and its child rows), without a change to the privacy feature', async () => {
    const sqlite = fx.db.$client;
    execWatched(
      sqlite,
      `CREATE TABLE proef_stage_bezoek (id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES student(id), verslag TEXT NOT NULL);
      CREATE TABLE proef_bezoek_foto (id INTEGER PRIMARY KEY, bezoek_id INTEGER NOT NULL REFERENCES proef_stage_bezoek(id), bijschrift TEXT NOT NULL);`,
    );
    try {
      sqlite
        .prepare('INSERT INTO proef_stage_bezoek (id, student_id, verslag) VALUES (1, ?, ?)')
        .run(sanneId, 'Bezoek bij Sanne Jansen');
      sqlite.prepare("INSERT INTO proef_bezoek_foto (bezoek_id, bijschrift) VALUES (1, 'Sanne aan het werk')").run();
      const doc = await exportOf('student', sanneId);
      expect(doc.tables.find((t) => t.table === 'proef_stage_bezoek')).toMatchObject({
        level: 1,
        rows: [{ verslag: 'Bezoek bij Sanne Jansen' }],
      });
      expect(doc.tables.find((t) => t.table === 'proef_bezoek_foto')).toMatchObject({
        level: 2,
        rows: [{ bijschrift: 'Sanne aan het werk' }],
      });
    } finally {
      execWatched(sqlite, 'DROP TABLE proef_bezoek_foto; DROP TABLE proef_stage_bezoek;');
    }
  });
});

describe("a student's file", () => {
  it('holds the record, her reflections, presence, notes, placements and preferences — within a second', async () => {
    const t0 = Date.now();
    const doc = await exportOf('student', sanneId);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(doc.record).toMatchObject({ id: sanneId, first_name: 'Sanne', last_name: 'Jansen' });
    const rowsIn = (table: string) =>
      doc.tables.filter((t) => t.table === table).reduce((n, t) => n + t.rows.length, 0);
    for (const table of [
      'student_reflection',
      'mentor_session_attendance',
      'placement_participant',
      'placement_preference',
    ])
      expect(rowsIn(table), table).toBeGreaterThan(0);
    expect(doc.format).toBe('werkplaats-inzage/1');
  });

  it('includes who viewed her record, by name, and never a credential', async () => {
    const team = fx.db
      .select({ id: mentorTeams.id })
      .from(mentorTeams)
      .where(eq(mentorTeams.partnershipId, fx.region.eindhoven.partnershipId))
      .get()!.id;
    await callerFor(fx, 'mentor@eindhoven.demo').mentorTeams.student({ teamId: team, studentId: sanneId });
    const content = (await beheer.privacy.export({ subject: 'student', id: sanneId })).content;
    const doc = JSON.parse(content) as ExportDoc;
    expect(doc.accessLog).toContainEqual(
      expect.objectContaining({ action: 'student.mentor_view', actorName: 'Mirjam de Wit', scope: 'record' }),
    );
    expect(content).not.toMatch(/password|token_hash|\$argon2/);
  });

  it('is audited by id, with counts', () => {
    const event = fx.db.$client
      .prepare(
        "SELECT subject_type AS t, subject_id AS s, detail FROM audit_event WHERE action = 'privacy.export' ORDER BY id DESC",
      )
      .get() as { t: string; s: string; detail: string };
    expect(event).toMatchObject({ t: 'student', s: String(sanneId) });
    expect(parsedAs<unknown>(event.detail)).toEqual({
      tables: expect.any(Number) as unknown,
      rows: expect.any(Number) as unknown,
    });
  });
});

describe("a person's file", () => {
  it("of someone in two partnerships holds this partnership's part only", async () => {
    const lector = fx.region.eindhoven.userIdByEmail['lector@werkplaats.demo']!;
    const doc = await exportOf('person', lector);
    expect(
      doc.tables
        .find((t) => t.table === 'membership')!
        .rows.every((r) => r.partnership_id === fx.region.eindhoven.partnershipId),
    ).toBe(true);
    const text = JSON.stringify(doc);
    expect(fingerprintsOf(fx, fx.region.rotterdam.partnershipId).filter((f) => text.includes(f))).toEqual([]);
  });

  it("of a student's account nests her student record, her log-ins and what she did", async () => {
    actorFor(fx.db, fx.clock, 'student@eindhoven.demo');
    const doc = await exportOf('person', fx.region.eindhoven.userIdByEmail['student@eindhoven.demo']!);
    expect((doc.linkedStudents as ExportDoc[])[0]!.record).toMatchObject({ id: sanneId });
    expect(doc).toHaveProperty('ownActions');
    expect(doc).toHaveProperty('loginFailures', 0);
  });

  it('shows content of rows about them, and only a dated reference for rows they merely wrote', async () => {
    const doc = await exportOf('person', fx.region.eindhoven.userIdByEmail['mentor@eindhoven.demo']!);
    const hours = doc.tables.find((t) => t.table === 'mentor_hour_entry')!;
    expect(hours.relation).toBe('subject');
    expect(hours.rows[0]).toHaveProperty('minutes');
    const logs = doc.tables.find((t) => t.table === 'mentor_session_log' && t.column === 'created_by')!;
    expect(logs.relation).toBe('author');
    expect(Object.keys(logs.rows[0]!).sort()).toEqual(['created_at', 'created_by', 'id', 'updated_at']);
  });

  it("another partnership's people and students are not found", async () => {
    const rotterdam = callerAs(fx, actorFor(fx.db, fx.clock, 'beheer@rotterdam.demo'));
    await expect(rotterdam.privacy.export({ subject: 'student', id: sanneId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      rotterdam.privacy.export({ subject: 'person', id: fx.region.eindhoven.userIdByEmail['mentor@eindhoven.demo']! }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('wie zag dit dossier', () => {
  it('lists views and changes of the record, and of the overviews that hold her; the view itself is audited', async () => {
    await beheer.students.get({ id: sanneId });
    const round = (
      fx.db.$client.prepare('SELECT round_id AS r FROM placement_participant WHERE student_id = ?').get(sanneId) as {
        r: number;
      }
    ).r;
    await callerFor(fx, 'projectleider@eindhoven.demo').placements.results({ roundId: round });
    const d = await beheer.privacy.dossier({ subject: 'student', id: sanneId });
    expect(d.events).toContainEqual(
      expect.objectContaining({
        action: 'placement_round.results.view',
        actorName: 'Petra van Loon',
        scope: 'list',
        subjectId: String(round),
      }),
    );
    expect(d.subject).toMatchObject({ kind: 'student', name: 'Sanne Jansen', erased: false, hasAccount: true });
    expect(d.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['student.view', 'student.mentor_view', 'privacy.export']),
    );
    expect(d.events.find((e) => e.action === 'student.view')).toMatchObject({
      actorName: 'Bram Beheer',
      scope: 'record',
    });
    expect(d.holdings.map((h) => h.table)).toContain('student_reflection');
    const seen = fx.db.$client
      .prepare("SELECT count(*) AS n FROM audit_event WHERE action = 'privacy.dossier.view' AND subject_id = ?")
      .get(String(sanneId)) as { n: number };
    expect(seen.n).toBe(1);
  });

  it('for a person: says whether they also work elsewhere (then erasure is refused)', async () => {
    const lector = fx.region.eindhoven.userIdByEmail['lector@werkplaats.demo']!;
    const d = await beheer.privacy.dossier({ subject: 'person', id: lector });
    expect(d.subject).toMatchObject({ kind: 'person', otherPartnerships: true, roles: ['regiegroep'] });
  });
});
