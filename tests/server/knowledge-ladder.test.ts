/** The maturity ladder: who moves, which way, with what, and when "opgeschaald" is allowed. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { DAY, EMAIL, locationsOf, newPrinciple } from '../helpers/knowledge';

let fx: DemoFixture;
let loc: ReturnType<typeof locationsOf>;
beforeAll(async () => {
  fx = await demoFixture();
  loc = locationsOf(fx);
});

const as = (email: string) => callerFor(fx, email).knowledge;
const move = (id: number, to: string, extra: Record<string, string> = {}, email: string = EMAIL.projectleider) =>
  as(email).movePrinciple({ id, to, reason: '', ...extra } as never);
const refused = (code: string, message: string) => ({ code, message });

describe('a new principle', () => {
  it('starts at geïdentificeerd, with the first history row by its author', async () => {
    const { id } = await newPrinciple(fx, {}, EMAIL.mentor);
    const p = await as(EMAIL.student).getPrinciple({ id });
    expect(p.maturity).toBe('geidentificeerd');
    expect(p.history).toEqual([
      expect.objectContaining({
        fromLevel: null,
        toLevel: 'geidentificeerd',
        changedByName: 'Mirjam de Wit',
        changedOn: '2026-11-25',
      }),
    ]);
  });
});

describe('moving up', () => {
  it('projectleider and regiegroep move up, one level or several; each move is dated and signed', async () => {
    const { id } = await newPrinciple(fx);
    await move(id, 'beschreven', { on: '2026-11-25' });
    await move(id, 'beproefd', {}, EMAIL.regiegroep);
    const p = await as(EMAIL.projectleider).getPrinciple({ id });
    expect(p.maturity).toBe('beproefd');
    expect(p.history.slice(1)).toEqual([
      expect.objectContaining({
        fromLevel: 'geidentificeerd',
        toLevel: 'beschreven',
        changedOn: '2026-11-25',
        changedByName: 'Petra van Loon',
      }),
      expect.objectContaining({
        fromLevel: 'beschreven',
        toLevel: 'beproefd',
        changedOn: '2026-11-25',
        changedByName: 'Ruud Hendriks',
      }),
    ]);
    const skip = await newPrinciple(fx);
    await expect(move(skip.id, 'beproefd')).resolves.toMatchObject({ maturity: 'beproefd' });
  });

  it.each([EMAIL.mentor, EMAIL.locatie, EMAIL.student, EMAIL.beheerder])(
    '%s may not move a principle',
    async (email) => {
      const { id } = await newPrinciple(fx);
      await expect(move(id, 'beschreven', {}, email)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    },
  );

  it('refuses a move to the level it is at', async () => {
    const { id } = await newPrinciple(fx);
    await expect(move(id, 'geidentificeerd')).rejects.toMatchObject(refused('CONFLICT', 'e.knowledge.sameLevel'));
  });

  it('refuses a date in the future, and one before the previous move', async () => {
    const { id } = await newPrinciple(fx);
    await expect(move(id, 'beschreven', { on: '2026-11-26' })).rejects.toMatchObject(
      refused('BAD_REQUEST', 'v.knowledge.futureDate'),
    );
    await expect(move(id, 'beschreven', { on: '2026-11-24' })).rejects.toMatchObject(
      refused('BAD_REQUEST', 'v.knowledge.beforeLastChange'),
    );
  });
});

describe('moving down', () => {
  it('needs a reason, which the history keeps', async () => {
    const { id } = await newPrinciple(fx);
    await move(id, 'beproefd');
    await expect(move(id, 'beschreven')).rejects.toMatchObject(refused('BAD_REQUEST', 'v.knowledge.reasonRequired'));
    await expect(move(id, 'beschreven', { reason: '   ' })).rejects.toMatchObject(
      refused('BAD_REQUEST', 'v.knowledge.reasonRequired'),
    );
    await move(id, 'beschreven', { reason: 'De proef op de locatie is gestopt.' }, EMAIL.regiegroep);
    const p = await as(EMAIL.projectleider).getPrinciple({ id });
    expect(p.maturity).toBe('beschreven');
    expect(p.history.at(-1)).toMatchObject({
      fromLevel: 'beproefd',
      toLevel: 'beschreven',
      reason: 'De proef op de locatie is gestopt.',
    });
  });
});

describe('opgeschaald needs an adoption at another TOP-locatie', () => {
  it('is refused without one, for opgeschaald and geborgd alike', async () => {
    const { id } = await newPrinciple(fx);
    await move(id, 'beproefd');
    await expect(move(id, 'opgeschaald')).rejects.toMatchObject(refused('CONFLICT', 'e.knowledge.adoptionNeeded'));
    await expect(move(id, 'geborgd')).rejects.toMatchObject(refused('CONFLICT', 'e.knowledge.adoptionNeeded'));
  });

  it('an adoption at the location where it was found does not count: it is refused', async () => {
    const { id } = await newPrinciple(fx);
    await expect(
      as(EMAIL.projectleider).addAdoption({ principleId: id, locationId: loc.wittering, adoptedOn: DAY }),
    ).rejects.toMatchObject(refused('CONFLICT', 'e.knowledge.adoptionAtOrigin'));
    await expect(move(id, 'opgeschaald')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('is allowed once another location adopted it, and geborgd after that', async () => {
    const { id } = await newPrinciple(fx);
    await as(EMAIL.projectleider).addAdoption({
      principleId: id,
      locationId: loc.regenboog,
      adoptedOn: DAY,
      adaptation: 'Op woensdag in plaats van dinsdag.',
    });
    await expect(move(id, 'opgeschaald')).resolves.toMatchObject({ maturity: 'opgeschaald' });
    await expect(move(id, 'geborgd')).resolves.toMatchObject({ maturity: 'geborgd' });
  });

  it('a principle of the partnership as a whole (no location) counts any adoption', async () => {
    const { id } = await newPrinciple(fx, { foundAtLocationId: null });
    await as(EMAIL.projectleider).addAdoption({ principleId: id, locationId: loc.wittering, adoptedOn: DAY });
    await expect(move(id, 'opgeschaald')).resolves.toMatchObject({ maturity: 'opgeschaald' });
  });

  it('the last adoption of an opgeschaald principle cannot be removed until it moves down', async () => {
    const { id } = await newPrinciple(fx);
    const adoption = await as(EMAIL.projectleider).addAdoption({
      principleId: id,
      locationId: loc.klaverblad,
      adoptedOn: DAY,
    });
    await move(id, 'opgeschaald');
    await expect(as(EMAIL.projectleider).removeAdoption({ id: adoption.id })).rejects.toMatchObject(
      refused('CONFLICT', 'e.knowledge.lastAdoption'),
    );
    await move(id, 'beproefd', { reason: 'Overname loopt niet meer.' });
    await expect(as(EMAIL.projectleider).removeAdoption({ id: adoption.id })).resolves.toEqual({ id: adoption.id });
  });

  it('the origin cannot be moved onto a location that adopted it', async () => {
    const { id } = await newPrinciple(fx);
    await as(EMAIL.projectleider).addAdoption({ principleId: id, locationId: loc.regenboog, adoptedOn: DAY });
    await expect(
      as(EMAIL.projectleider).updatePrinciple({
        id,
        revision: 0,
        statement: 'Andere tekst',
        explanation: '',
        blocks: ['LOS'],
        foundAtLocationId: loc.regenboog,
        ownerIds: [],
      } as never),
    ).rejects.toMatchObject(refused('CONFLICT', 'e.knowledge.foundAtAdopted'));
  });

  it('a second adoption at the same location is refused', async () => {
    const { id } = await newPrinciple(fx);
    await as(EMAIL.projectleider).addAdoption({ principleId: id, locationId: loc.regenboog, adoptedOn: DAY });
    await expect(
      as(EMAIL.mentor).addAdoption({ principleId: id, locationId: loc.regenboog, adoptedOn: DAY }),
    ).rejects.toMatchObject(refused('CONFLICT', 'e.knowledge.adoptionTaken'));
  });
});

describe('the demo content keeps the rules', () => {
  it.each(['eindhoven', 'rotterdam'] as const)(
    '%s: every opgeschaald principle has an adoption, none at its origin',
    (key) => {
      const sqlite = fx.db.$client;
      const bad = sqlite
        .prepare(
          `SELECT p.id FROM knowledge_principle p WHERE p.partnership_id = ? AND (
           (p.maturity IN ('opgeschaald', 'geborgd') AND NOT EXISTS (SELECT 1 FROM knowledge_adoption a WHERE a.principle_id = p.id))
           OR EXISTS (SELECT 1 FROM knowledge_adoption a WHERE a.principle_id = p.id AND a.location_id = p.found_at_location_id))`,
        )
        .all(fx.region[key].partnershipId);
      expect(bad).toEqual([]);
      const levels = sqlite
        .prepare('SELECT DISTINCT maturity FROM knowledge_principle WHERE partnership_id = ?')
        .pluck()
        .all(fx.region[key].partnershipId);
      expect(levels).toContain('opgeschaald');
    },
  );
});
