/**
 * A profile against the Beroepsbeeld is personal data (decision 090): the person's inzage file holds it,
 * wishes and all, and erasing the person deletes it (it lived by consent only). Also the career route.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { beroepsbeeldProfiles } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { careerRoute } from '../../shared/domain/career';

let fx: DemoFixture;
let mirjamId: number;

beforeAll(async () => {
  fx = await demoFixture();
  mirjamId = fx.region.eindhoven.userIdByEmail['mentor@eindhoven.demo']!;
});

const profileOf = (userId: number) =>
  fx.db.select().from(beroepsbeeldProfiles).where(eq(beroepsbeeldProfiles.userId, userId)).get();

describe('the privacy dossier', () => {
  it("a person's inzage file holds their profile whole: domains, stages and wishes", async () => {
    const beheer = callerFor(fx, 'beheer@eindhoven.demo');
    const doc = JSON.parse((await beheer.privacy.export({ subject: 'person', id: mirjamId })).content) as {
      tables: { table: string; column: string; relation: string; rows: Record<string, unknown>[] }[];
    };
    const own = doc.tables.find((t) => t.table === 'beroepsbeeld_profile' && t.column === 'user_id')!;
    expect(own.relation).toBe('subject');
    expect(own.rows).toHaveLength(1);
    expect(own.rows[0]).toMatchObject({
      domains: [
        { domain: 'leren-ontwikkelen', stage: 'expert' },
        { domain: 'professionele-versterking', stage: 'ervaren' },
      ],
      direction: 'verbreden',
      target_domain: 'organisatie-samenwerking',
      wish: 'Meedenken in het overleg met de gemeente over voor- en vroegschoolse educatie.',
    });
  });

  it('erasing the person deletes their profile, and the team view no longer counts them', async () => {
    const wittering = fx.region.eindhoven.locationIdByName['Kindcentrum Wittering.nl']!;
    const leider = callerFor(fx, 'projectleider@eindhoven.demo');
    expect((await leider.profiles.team({ topLocationId: wittering })).workers).toBe(2);
    expect(profileOf(mirjamId)).toBeDefined();
    const result = await callerFor(fx, 'beheer@eindhoven.demo').privacy.erase({
      subject: 'person',
      id: mirjamId,
      confirmation: 'Mirjam de Wit',
    });
    expect(result).toMatchObject({ profiles: 1 });
    expect(profileOf(mirjamId)).toBeUndefined();
    expect((await leider.profiles.team({ topLocationId: wittering })).workers).toBe(1);
  });
});

describe('the career route', () => {
  const linda = [
    { domain: 'leren-ontwikkelen', stage: 'ervaren' },
    { domain: 'onderzoek-innovatie', stage: 'starter' },
  ] as const;

  it('verdiepen: the next stages in the chosen domain, up to expert', () => {
    expect(careerRoute([...linda], 'verdiepen', 'onderzoek-innovatie')).toEqual([
      { domain: 'onderzoek-innovatie', stage: 'ervaren', chosen: true },
      { domain: 'onderzoek-innovatie', stage: 'expert', chosen: true },
    ]);
    expect(careerRoute([...linda], 'verdiepen', null).map((s) => `${s.domain}:${s.stage}`)).toEqual([
      'leren-ontwikkelen:expert',
      'onderzoek-innovatie:ervaren',
      'onderzoek-innovatie:expert',
    ]);
  });

  it('verbreden: the other domains at her stage, the chosen one first; no direction, no route', () => {
    expect(careerRoute([...linda], 'verbreden', 'organisatie-samenwerking')).toEqual([
      { domain: 'organisatie-samenwerking', stage: 'ervaren', chosen: true },
      { domain: 'professionele-versterking', stage: 'ervaren', chosen: false },
    ]);
    expect(careerRoute([...linda], null, null)).toEqual([]);
    expect(careerRoute([{ domain: 'leren-ontwikkelen', stage: 'expert' }], 'verdiepen', 'leren-ontwikkelen')).toEqual(
      [],
    );
  });
});
