/** Full-text search: Dutch diacritics folded, odd input never an error, threads found, partnerships apart. */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { EMAIL, locationsOf, newEntry, newPrinciple } from '../helpers/knowledge';
import { loginAs, cookieOf, trpcGet } from '../helpers/server';
import { buildServer } from '../../server/app';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
});
const search = (q: string, filters: Record<string, unknown> = {}, email: string = EMAIL.projectleider) =>
  callerFor(fx, email).knowledge.search({ q, ...filters });
const titles = async (q: string, filters: Record<string, unknown> = {}, email?: string) =>
  (await search(q, filters, email)).results.map((r) => r.title);

describe('Dutch diacritics are folded both ways', () => {
  beforeAll(async () => {
    await newEntry(fx, {
      title: 'Coördinatie tussen rooster en stage',
      description: 'Zonder afspraken loopt het mis.',
    });
    await newEntry(fx, { title: 'Planning zonder coordinatie', description: 'Geschreven zonder trema.' });
    await newEntry(fx, {
      title: 'Eén aanspreekpunt per opleiding',
      description: 'Iedereen weet bij wie hij moet zijn.',
    });
  });

  it('"coördinatie" and "coordinatie" find each other', async () => {
    for (const q of ['coördinatie', 'coordinatie', 'COÖRDINATIE', 'coörd', 'coo\u0308rdinatie']) {
      const found = await titles(q);
      expect(found, q).toEqual(
        expect.arrayContaining(['Coördinatie tussen rooster en stage', 'Planning zonder coordinatie']),
      );
    }
  });

  it('"één" finds "Eén" and "een"', async () => {
    expect(await titles('één aanspreekpunt')).toContain('Eén aanspreekpunt per opleiding');
    expect(await titles('een aanspreekpunt')).toContain('Eén aanspreekpunt per opleiding');
  });

  it('marks the hit in a snippet of plain text', async () => {
    const [hit] = (await search('trema')).results;
    expect(hit!.snippet).toContain('\u0002trema\u0003');
  });
});

describe('odd input never errors', () => {
  const odd = [
    '',
    '   ',
    '"',
    '""',
    "'",
    '*',
    '**',
    'NEAR',
    'NEAR(a b)',
    'coördinatie NEAR/2 rooster',
    'a OR b',
    'AND',
    'NOT x',
    '-x',
    '+',
    '^start',
    'title:foo',
    '{title}: x',
    '(',
    ')',
    '(((',
    'a) OR (b',
    '"unbalanced',
    '🙂🙃',
    'co🙂ordinatie',
    '\u0000\u0002',
    '日本語',
    'x'.repeat(10_000),
    '"'.repeat(10_000),
    '('.repeat(5_000),
    'woord '.repeat(2_000),
  ];
  it.each(odd.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length})` : JSON.stringify(q), q]))(
    '%s',
    async (_label, q) => {
      const result = await search(q);
      expect(Array.isArray(result.results)).toBe(true);
    },
  );

  it('quotes and operators around real words still find them', async () => {
    expect(await titles('"coördinatie"')).toContain('Coördinatie tussen rooster en stage');
    expect(await titles('(coördinatie* AND rooster')).toContain('Coördinatie tussen rooster en stage');
  });

  it('arbitrary strings: never an error (property test against the real FTS5 table)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (q) => {
        const result = await search(q);
        expect(result.results.length).toBeLessThanOrEqual(50);
      }),
      { numRuns: 300 },
    );
  });

  it('over HTTP too: 200, never a 500', async () => {
    const app = await buildServer({ db: fx.db, clock: fx.clock });
    const cookie = cookieOf(await loginAs(app, EMAIL.mentor));
    for (const q of ['"', 'NEAR(', '🙂', ')))', '*:*', 'x'.repeat(2_000)]) {
      const res = await trpcGet(app, 'knowledge.search', cookie, { q });
      expect(res.statusCode, q).toBe(200);
    }
    await app.close();
  });
});

describe('what is searched', () => {
  it('finds an entry through a post in its thread', async () => {
    const entry = await newEntry(fx, { title: 'Overleg met de opleidingen' });
    await callerFor(fx, EMAIL.mentor).knowledge.addPost({
      entryId: entry.id,
      body: 'Misschien helpt een gezamenlijke kalenderwaaier.',
    });
    const [hit] = (await search('kalenderwaaier')).results;
    expect(hit).toMatchObject({ kind: 'entry', id: entry.id, title: 'Overleg met de opleidingen' });
    expect(hit!.snippet).toContain('kalenderwaaier');
  });

  it('stays in sync when a title or statement changes', async () => {
    const p = await newPrinciple(fx, { statement: 'Het bosuilprincipe' });
    expect(await titles('bosuilprincipe')).toEqual(['Het bosuilprincipe']);
    await callerFor(fx, EMAIL.projectleider).knowledge.updatePrinciple({
      id: p.id,
      revision: 0,
      statement: 'Het steenuilprincipe',
      explanation: '',
      blocks: ['LOS'],
      foundAtLocationId: null,
      ownerIds: [],
    } as never);
    expect(await titles('bosuilprincipe')).toEqual([]);
    expect(await titles('steenuil')).toEqual(['Het steenuilprincipe']);
  });
});

describe('filters', () => {
  it('on type, block, location, status and period', async () => {
    const loc = locationsOf(fx);
    await newEntry(fx, {
      type: 'succes',
      title: 'Zonnebloem succes',
      blocks: ['VOR'],
      locationId: loc.regenboog,
      occurredOn: '2026-10-01',
    });
    await newEntry(fx, {
      type: 'dilemma',
      title: 'Zonnebloem dilemma',
      blocks: ['LeA'],
      locationId: loc.wittering,
      occurredOn: '2026-11-10',
    });
    await newPrinciple(fx, { statement: 'Zonnebloem principe', blocks: ['VOR'], foundAtLocationId: loc.wittering });
    expect(await titles('zonnebloem', { type: 'principe' })).toEqual(['Zonnebloem principe']);
    expect((await titles('zonnebloem', { block: 'VOR' })).sort()).toEqual(['Zonnebloem principe', 'Zonnebloem succes']);
    expect(await titles('zonnebloem', { locationId: loc.regenboog })).toEqual(['Zonnebloem succes']);
    expect(await titles('zonnebloem', { status: 'geidentificeerd' })).toEqual(['Zonnebloem principe']);
    expect(await titles('zonnebloem', { from: '2026-09-01', to: '2026-10-31' })).toEqual(['Zonnebloem succes']);
    expect(await titles('', { type: 'succes', block: 'VOR', locationId: loc.regenboog })).toContain(
      'Zonnebloem succes',
    );
  });

  it('a period that ends before it starts is a field error, not a crash', async () => {
    await expect(search('x', { from: '2026-11-01', to: '2026-10-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('partnerships stay apart', () => {
  it("never returns another partnership's principles, entries or posts", async () => {
    const theirs = await newEntry(
      fx,
      { title: 'Zeppelinhaven in Rotterdam', locationId: locationsOf(fx, 'rotterdam').first },
      EMAIL.rotterdam,
    );
    await callerFor(fx, EMAIL.rotterdam).knowledge.addPost({
      entryId: theirs.id,
      body: 'Alleen hier: luchtschipwerf.',
    });
    expect(await titles('zeppelinhaven', {}, EMAIL.rotterdam)).toEqual(['Zeppelinhaven in Rotterdam']);
    expect(await titles('zeppelinhaven')).toEqual([]);
    expect(await titles('luchtschipwerf')).toEqual([]);
    // Demo content: Rotterdam's own dilemma about "menskracht" is not Eindhoven's.
    expect(await titles('menskracht', {}, EMAIL.rotterdam)).not.toEqual([]);
    expect(await titles('menskracht')).toEqual([]);
    // Browsing without words: only the own partnership.
    const all = (await search('', {})).results.map((r) => r.title);
    expect(all).not.toContain('Zeppelinhaven in Rotterdam');
  });
});
