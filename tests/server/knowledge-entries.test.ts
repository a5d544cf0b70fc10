/** The log of dilemmas, successes and vraagstukken: statuses with dates, the thread as plain text, limits. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { EMAIL, locationsOf, newEntry } from '../helpers/knowledge';
import { cookieOf, loginAs, trpcGet } from '../helpers/server';
import { trpcData, trpcError, type Outputs } from '../helpers/answers';
import { buildServer } from '../../server/app';
import { matchExpression } from '../../server/features/knowledge/match-expression';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
});
const as = (email: string) => callerFor(fx, email).knowledge;

describe('status with dates', () => {
  it('starts open on the day it happened; every change is kept with date, note and who', async () => {
    const { id } = await newEntry(fx, { occurredOn: '2026-11-02' }, EMAIL.mentor);
    await as(EMAIL.projectleider).setEntryStatus({ id, revision: 0, status: 'besproken', on: '2026-11-10' } as never);
    await as(EMAIL.regiegroep).setEntryStatus({
      id,
      revision: 1,
      status: 'besluit',
      note: 'Vaste dagen per opleiding.',
    } as never);
    const entry = await as(EMAIL.student).getEntry({ id });
    expect(entry).toMatchObject({ status: 'besluit', statusOn: '2026-11-25' });
    expect(entry.history.map((h) => [h.fromStatus, h.toStatus, h.changedOn, h.changedByName, h.note])).toEqual([
      [null, 'open', '2026-11-02', 'Mirjam de Wit', ''],
      ['open', 'besproken', '2026-11-10', 'Petra van Loon', ''],
      ['besproken', 'besluit', '2026-11-25', 'Ruud Hendriks', 'Vaste dagen per opleiding.'],
    ]);
  });

  it('refuses the same status, a date before the last change, and a future date', async () => {
    const { id } = await newEntry(fx, { occurredOn: '2026-11-02' });
    await expect(
      as(EMAIL.projectleider).setEntryStatus({ id, revision: 0, status: 'open' } as never),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'e.knowledge.sameStatus',
    });
    await expect(
      as(EMAIL.projectleider).setEntryStatus({ id, revision: 0, status: 'opgelost', on: '2026-11-01' } as never),
    ).rejects.toMatchObject({ message: 'v.knowledge.beforeLastChange' });
    await expect(
      as(EMAIL.projectleider).setEntryStatus({ id, revision: 0, status: 'opgelost', on: '2026-12-01' } as never),
    ).rejects.toMatchObject({ message: 'v.knowledge.futureDate' });
    await expect(newEntry(fx, { occurredOn: '2027-01-01' })).rejects.toMatchObject({
      message: 'v.knowledge.futureDate',
    });
  });

  it('a parked entry can be reopened', async () => {
    const { id } = await newEntry(fx);
    await as(EMAIL.projectleider).setEntryStatus({ id, revision: 0, status: 'geparkeerd' } as never);
    await expect(as(EMAIL.projectleider).setEntryStatus({ id, revision: 1, status: 'open' } as never)).resolves.toEqual(
      { id, revision: 2 },
    );
  });
});

describe('the thread stores plain text and hands it back unchanged', () => {
  const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)> <b>vet</b>';

  it('a <script> in a post comes back as the same text: not run, not stripped, not turned into HTML', async () => {
    const { id } = await newEntry(fx);
    await as(EMAIL.mentor).addPost({ entryId: id, body: hostile });
    const entry = await as(EMAIL.student).getEntry({ id });
    expect(entry.posts.at(-1)).toMatchObject({ body: hostile, authorName: 'Mirjam de Wit' });
  });

  it('over HTTP it is JSON, escaped as JSON, never text/html', async () => {
    const { id } = await newEntry(fx, { title: '<script>document.title="x"</script>' });
    const app = await buildServer({ db: fx.db, clock: fx.clock });
    const res = await trpcGet(app, 'knowledge.getEntry', cookieOf(await loginAs(app, EMAIL.student)), { id });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(trpcData<Outputs['knowledge']['getEntry']>(res).title).toBe('<script>document.title="x"</script>');
    await app.close();
  });

  it('drops control characters and keeps line breaks', async () => {
    const { id } = await newEntry(fx);
    await as(EMAIL.mentor).addPost({ entryId: id, body: 'regel één\r\nregel\u0002 twee\u0000' });
    expect((await as(EMAIL.mentor).getEntry({ id })).posts.at(-1)!.body).toBe('regel één\nregel twee');
  });
});

describe('sensible limits, at the field', () => {
  it('titles, statements and posts have a maximum; empty ones are refused', async () => {
    await expect(newEntry(fx, { title: 'x'.repeat(151) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(newEntry(fx, { title: '   ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(newEntry(fx, { blocks: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const { id } = await newEntry(fx, { title: 'x'.repeat(150) });
    await expect(as(EMAIL.mentor).addPost({ entryId: id, body: 'x'.repeat(4001) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(as(EMAIL.mentor).addPost({ entryId: id, body: '\u0000 ' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      as(EMAIL.projectleider).createPrinciple({ statement: 'x'.repeat(201), blocks: ['LOS'] } as never),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('says so in Dutch, at the field, over HTTP', async () => {
    const app = await buildServer({ db: fx.db, clock: fx.clock });
    const cookie = cookieOf(await loginAs(app, EMAIL.projectleider));
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/knowledge.createEntry',
      headers: { 'content-type': 'application/json', cookie, origin: 'http://localhost' },
      payload: JSON.stringify({ type: 'dilemma', title: 'x'.repeat(151), blocks: [], occurredOn: '2026-11-02' }),
    });
    expect(res.statusCode).toBe(400);
    const { fieldErrors } = trpcError(res).data;
    expect(fieldErrors).toMatchObject({
      title: 'Dit is te lang (maximaal 150 tekens).',
      blocks: 'Kies minstens één bouwsteen van het LOS-model.',
    });
    await app.close();
  });
});

describe('categories', () => {
  it('one of the six or an own category, not both; own ones are kept by projectleider and regiegroep', async () => {
    const { id: categoryId } = await as(EMAIL.regiegroep).createCategory({ name: 'Ouderbetrokkenheid' });
    await expect(as(EMAIL.projectleider).createCategory({ name: 'Ouderbetrokkenheid' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'e.nameTaken',
    });
    await expect(as(EMAIL.mentor).createCategory({ name: 'Iets' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(newEntry(fx, { category: 'kosten', categoryId })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const { id } = await newEntry(fx, { categoryId });
    expect(await as(EMAIL.student).getEntry({ id })).toMatchObject({
      category: null,
      categoryName: 'Ouderbetrokkenheid',
    });
    await expect(as(EMAIL.projectleider).removeCategory({ id: categoryId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'e.inUse',
    });
    const theirs = await callerFor(fx, EMAIL.rotterdam).knowledge.createCategory({ name: 'Alleen Rotterdam' });
    await expect(newEntry(fx, { categoryId: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the list filters on the six practical categories and on status', async () => {
    await newEntry(fx, { title: 'Kosten van de begeleiding', category: 'kosten' });
    const kosten = await as(EMAIL.student).listEntries({ category: 'kosten' });
    expect(kosten.length).toBeGreaterThan(0);
    expect(kosten.every((e) => e.category === 'kosten')).toBe(true);
    const parked = await as(EMAIL.student).listEntries({ status: 'geparkeerd' });
    expect(parked.every((e) => e.status === 'geparkeerd')).toBe(true);
    const there = await as(EMAIL.student).listEntries({ locationId: locationsOf(fx).regenboog });
    expect(there.every((e) => e.locationName === 'Kindcentrum De Regenboog')).toBe(true);
  });
});

describe('the MATCH expression', () => {
  it('is built from words only', () => {
    const term = (prefix: string, stem: string) => `({title body} : "${prefix}"* OR stems : "${stem}")`;
    expect(matchExpression('"coördinatie" OR rooster*')).toBe(
      `${term('coordinatie', 'coordiner')} AND ${term('rooster', 'rooster')}`,
    );
    expect(matchExpression('NEAR(a b) AND NOT c')).toBe(
      `${term('a', 'a')} AND ${term('b', 'b')} AND ${term('c', 'c')}`,
    );
    expect(matchExpression('")(*:^🙂')).toBeNull();
    expect(matchExpression('')).toBeNull();
    expect(matchExpression('w '.repeat(100) + 'a b c d e f g h i j k l m n')!.match(/\(/g)).toHaveLength(12);
  });
});
