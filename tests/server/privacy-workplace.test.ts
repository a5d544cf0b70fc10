/**
 * The workplace's records in the privacy dossier (decision 088): the inzage export holds a student's
 * confirmed presence, observations and questions whole (and the werkbegeleider's as dated references);
 * erasing the student deletes them; the retention terms delete them 24 months after their own moment.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { applyRetention } from '../../server/features/privacy/retention.service';

const JOYCE = 'werkbegeleider@eindhoven.demo';
const TABLES = ['workplace_presence', 'workplace_observation', 'workplace_question'];

let fx: DemoFixture;
let sanne: number;
type ExportDoc = { tables: { table: string; column: string; relation: string; rows: Record<string, unknown>[] }[] };
const n = (sql: string, ...args: unknown[]) => (fx.db.$client.prepare(sql).get(...args) as { n: number }).n;
const beheer = () => callerFor(fx, 'beheer@eindhoven.demo');

beforeAll(async () => {
  fx = await demoFixture();
  sanne = n("SELECT id AS n FROM student WHERE first_name = 'Sanne' AND last_name = 'Jansen'");
  await callerFor(fx, JOYCE).workplace.askQuestion({
    studentId: sanne,
    body: 'Kan de opleiding haar stageopdracht sturen?',
  });
}, 60_000);

describe('inzage', () => {
  it("the student's export holds the three workplace tables with their rows whole", async () => {
    const doc = JSON.parse((await beheer().privacy.export({ subject: 'student', id: sanne })).content) as ExportDoc;
    for (const table of TABLES) {
      const part = doc.tables.find((t) => t.table === table && t.column === 'student_id')!;
      expect(part.relation, table).toBe('subject');
      expect(part.rows.length, table).toBe(n(`SELECT count(*) AS n FROM ${table} WHERE student_id = ?`, sanne));
      expect(part.rows.length, table).toBeGreaterThan(0);
    }
    const observations = doc.tables.find((t) => t.table === 'workplace_observation')!.rows;
    expect(observations.every((r) => typeof r.body === 'string' && r.body.length > 0)).toBe(true);
  });

  it("the werkbegeleider's export lists what they wrote as dated references, without the text", async () => {
    const joyce = fx.region.eindhoven.userIdByEmail[JOYCE]!;
    const doc = JSON.parse((await beheer().privacy.export({ subject: 'person', id: joyce })).content) as ExportDoc;
    const written = doc.tables.find((t) => t.table === 'workplace_observation' && t.column === 'author_user_id')!;
    expect(written.relation).toBe('author');
    expect(written.rows.length).toBeGreaterThan(0);
    expect(written.rows.some((r) => 'body' in r)).toBe(false);
  });
});

describe('gegevens wissen', () => {
  it("erasing the student deletes her workplace rows, and no other student's", () =>
    rolledBack(fx.db, async () => {
      const others = TABLES.map((t) => n(`SELECT count(*) AS n FROM ${t} WHERE student_id <> ?`, sanne));
      const result = await beheer().privacy.erase({ subject: 'student', id: sanne, confirmation: 'Sanne Jansen' });
      expect(result.deleted).toBeGreaterThanOrEqual(3);
      for (const t of TABLES) expect(n(`SELECT count(*) AS n FROM ${t} WHERE student_id = ?`, sanne), t).toBe(0);
      expect(TABLES.map((t) => n(`SELECT count(*) AS n FROM ${t} WHERE student_id <> ?`, sanne))).toEqual(others);
    }));
});

describe('bewaartermijnen (24 months, each from its own moment)', () => {
  const at = (iso: string) => Date.parse(`${iso}T10:00:00Z`);
  const rowsNow = () => TABLES.map((t) => n(`SELECT count(*) AS n FROM ${t}`));

  it('the workplace rows are kept through the term and deleted after it', async () => {
    // the newest demo rows: this week's presence and observations written around "today" (2026-11-25)
    const before = rowsNow();
    expect(before.every((c) => c > 0)).toBe(true);
    await rolledBack(fx.db, () => {
      fx.clock.set(at('2028-10-01'));
      const report = applyRetention(fx.db, fx.clock);
      expect(report[fx.region.eindhoven.partnershipId]).toMatchObject({
        workplacePresence: 0,
        workplaceObservations: 0,
        workplaceQuestions: 0,
      });
      expect(rowsNow()).toEqual(before);
      return Promise.resolve();
    });
    await rolledBack(fx.db, () => {
      fx.clock.set(at('2029-01-15'));
      const report = applyRetention(fx.db, fx.clock);
      expect(report[fx.region.eindhoven.partnershipId]!.workplacePresence).toBeGreaterThan(0);
      expect(rowsNow()).toEqual([0, 0, 0]);
      return Promise.resolve();
    });
    fx.clock.set(at('2026-11-25'));
  });

  it('presence counts from its week: a week just inside the term stays, one just outside goes', async () => {
    const weeks = () =>
      (
        fx.db.$client
          .prepare('SELECT DISTINCT iso_week AS w FROM workplace_presence WHERE iso_year = 2026 ORDER BY w')
          .all() as { w: number }[]
      ).map((r) => r.w);
    expect(weeks()).toEqual(expect.arrayContaining([46, 47]));
    await rolledBack(fx.db, () => {
      // the term ends 24 months after Monday 16 November 2026 (week 47): on 16 November 2028
      fx.clock.set(at('2028-11-16'));
      applyRetention(fx.db, fx.clock);
      expect(weeks().every((w) => w >= 47)).toBe(true);
      expect(weeks()).toContain(47);
      return Promise.resolve();
    });
    fx.clock.set(at('2026-11-25'));
  });
});
