/**
 * The coaching hours export line by line (decisions 085, 101): written a week at a time, the file must be
 * exactly what one CSV of all the rows was — header, weeks oldest first, coaches by name, labels by position.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { organisations, topLocations, users } from '../../db/schema';
import { callerFor } from '../helpers/demo';
import { cookieOf, loginAs, testServer, trpcGet, type TestServer } from '../helpers/server';

let s: TestServer;
const nameOf = (table: typeof organisations | typeof topLocations, id: number) =>
  s.db.select({ name: table.name }).from(table).where(eq(table.id, id)).get()!.name;

beforeAll(async () => {
  s = await testServer();
});

describe('the coaching hours export of a small year', () => {
  it('writes every line as Dutch Excel reads it, in order, byte for byte', async () => {
    const ib = callerFor(s, 'locatie@eindhoven.demo');
    const mentor = callerFor(s, 'mentor@eindhoven.demo');
    const save = async (who: typeof ib, week: string, hours: [number, string | number][]) => {
      const w = await who.coaching.myWeek({ week });
      if (!w.coach) throw new Error('a demo coach');
      const { locationId, organisationId } = w.coach;
      const lines = hours.map(([label, h]) => ({ labelId: w.labels[label]!.id, locationId, organisationId, hours: h }));
      await who.coaching.saveWeek({ week, revision: null, lines });
      return { labels: w.labels.map((l) => l.name), role: w.coach.roleName, locationId, organisationId };
    };
    // Saved out of order: the mentor's week 2 first, the IB'er's labels last position first.
    const m = await save(mentor, '2024-W02', [[1, '0,75']]);
    const i = await save(ib, '2024-W02', [
      [2, 1],
      [0, '2,5'],
    ]);
    await save(ib, '2024-W01', [[3, '1,25']]);
    await save(mentor, '2024-W01', [[0, 8]]);
    const [a, b] = s.db
      .select({ name: users.name })
      .from(users)
      .where(inArray(users.email, ['locatie@eindhoven.demo', 'mentor@eindhoven.demo']))
      .orderBy(users.name)
      .all()
      .map((u) => u.name);
    const ibFirst = a === 'Linda Verbeek';
    const line = (c: typeof i, week: number, monday: string, label: number, hours: string) =>
      [
        2024,
        `week ${week}`,
        monday,
        1,
        c === i ? 'Linda Verbeek' : ibFirst ? b : a,
        c.role,
        c.labels[label],
        nameOf(topLocations, c.locationId),
        nameOf(organisations, c.organisationId),
        hours,
      ].join(';');
    const firstThenSecond = (ibLines: string[], mentorLines: string[]) =>
      ibFirst ? [...ibLines, ...mentorLines] : [...mentorLines, ...ibLines];
    const expected = [
      'Jaar;Week;Maandag;Maand;Coach;Coachingsrol;Label;Locatie;Betalende organisatie;Uren',
      ...firstThenSecond([line(i, 1, '01-01-2024', 3, '1,25')], [line(m, 1, '01-01-2024', 0, '8')]),
      ...firstThenSecond(
        [line(i, 2, '08-01-2024', 0, '2,5'), line(i, 2, '08-01-2024', 2, '1')],
        [line(m, 2, '08-01-2024', 1, '0,75')],
      ),
    ];
    const csv = await callerFor(s, 'projectleider@eindhoven.demo').coaching.exportHours({ year: 2024, format: 'csv' });
    expect(csv).toMatchObject({ filename: 'coachingsuren-2024.csv', encoding: 'utf8' });
    expect(csv.content).toBe(`\uFEFF${expected.map((l) => `${l}\r\n`).join('')}`);
    // Over HTTP the answer's JSON is made a week at a time too: the same bytes as JSON.stringify of the file.
    const cookie = cookieOf(await loginAs(s.app, 'projectleider@eindhoven.demo'));
    const res = await trpcGet(s.app, 'coaching.exportHours', cookie, { year: 2024, format: 'csv' });
    expect(res.rawPayload.equals(Buffer.from(JSON.stringify({ result: { data: csv } })))).toBe(true);
  });

  it('writes the header alone for a year without hours', async () => {
    const csv = await callerFor(s, 'projectleider@eindhoven.demo').coaching.exportHours({ year: 2020, format: 'csv' });
    expect(csv.content).toBe(
      '\uFEFFJaar;Week;Maandag;Maand;Coach;Coachingsrol;Label;Locatie;Betalende organisatie;Uren\r\n',
    );
  });
});
