/** A worker's own profile against the Beroepsbeeld (decision 090): consent first, their own only, revisioned, withdrawn = deleted. */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, beroepsbeeldProfiles } from '../../db/schema';
import { callerFor } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { failure } from '../helpers/failure';
import { testServer, type TestServer } from '../helpers/server';
import { expectRevisionGuard } from '../helpers/revisions';

let s: TestServer;
let joyce: ReturnType<typeof callerFor>;
let joyceId: number;
let lindaId: number;
let regenboog: number;

beforeAll(async () => {
  s = await testServer();
  joyce = callerFor(s, 'werkbegeleider@eindhoven.demo');
  joyceId = s.region.eindhoven.userIdByEmail['werkbegeleider@eindhoven.demo']!;
  lindaId = s.region.eindhoven.userIdByEmail['locatie@eindhoven.demo']!;
  regenboog = s.region.eindhoven.locationIdByName['Kindcentrum De Regenboog']!;
});

const profileRow = (userId: number) =>
  s.db.select().from(beroepsbeeldProfiles).where(eq(beroepsbeeldProfiles.userId, userId)).get();
const actionsOf = (userId: number) =>
  s.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectType, 'user'), eq(auditEvents.subjectId, String(userId))))
    .all()
    .map((e) => e.action)
    .filter((a) => a.startsWith('profile.'));

const filledIn = (revision: number) => ({
  revision,
  topLocationId: regenboog,
  domains: [
    { domain: 'leren-ontwikkelen' as const, stage: 'ervaren' as const },
    { domain: 'onderzoek-innovatie' as const, stage: 'starter' as const },
  ],
  specialisations: ['verzorging' as const],
  direction: 'verdiepen' as const,
  targetDomain: 'onderzoek-innovatie' as const,
  wish: 'Onderzoek naar de peuter-kleutergroep.',
});

describe('consent', () => {
  it('is required before anything is saved; consent makes the profile at her own TOP-locatie, audited', () =>
    rolledBack(s.db, async () => {
      expect((await joyce.profiles.mine()).profile).toBeNull();
      const refused = await failure(joyce.profiles.save(filledIn(0)));
      expect([refused.code, refused.message]).toEqual(['FORBIDDEN', 'e.profiles.noConsent']);
      expect(profileRow(joyceId)).toBeUndefined();

      await joyce.profiles.consent();
      const mine = await joyce.profiles.mine();
      expect(mine.fixedLocationId).toBe(regenboog);
      expect(mine.profile).toMatchObject({ revision: 0, topLocationId: regenboog, domains: [], wish: '' });
      await joyce.profiles.save(filledIn(0));
      expect((await joyce.profiles.mine()).profile).toMatchObject({
        revision: 1,
        domains: filledIn(0).domains,
        specialisations: ['verzorging'],
        direction: 'verdiepen',
        targetDomain: 'onderzoek-innovatie',
      });
      expect(actionsOf(joyceId)).toEqual(['profile.consent', 'profile.update']);
    }));
});

describe('own profile only', () => {
  it("a request naming another user's id is refused, and the other's profile is untouched", () =>
    rolledBack(s.db, async () => {
      await joyce.profiles.consent();
      const before = profileRow(lindaId)!;
      const refused = await failure(joyce.profiles.save({ ...filledIn(0), userId: lindaId } as never));
      expect(refused.code).toBe('BAD_REQUEST');
      expect(profileRow(lindaId)).toEqual(before);
      expect(profileRow(joyceId)!.revision).toBe(0);
      // What she reads is hers, never the IB'er's of Wittering.nl.
      expect((await joyce.profiles.mine()).profile?.wish).toBe('');
    }));

  it('a werkbegeleider’s team is her own TOP-locatie; another partnership’s location is not found', () =>
    rolledBack(s.db, async () => {
      await joyce.profiles.consent();
      const wittering = s.region.eindhoven.locationIdByName['Kindcentrum Wittering.nl']!;
      const other = await failure(joyce.profiles.save({ ...filledIn(0), topLocationId: wittering }));
      expect([other.code, other.message, other.field]).toEqual([
        'BAD_REQUEST',
        'v.profiles.ownLocation',
        'topLocationId',
      ]);
      const rotterdam = s.region.rotterdam.locationIds[0]!;
      expect((await failure(joyce.profiles.save({ ...filledIn(0), topLocationId: rotterdam }))).code).toBe('NOT_FOUND');
    }));

  it('refuses, at the field, deepening a domain she does not work in and widening into one she does', () =>
    rolledBack(s.db, async () => {
      await joyce.profiles.consent();
      const deepen = await failure(joyce.profiles.save({ ...filledIn(0), targetDomain: 'organisatie-samenwerking' }));
      expect(deepen.zod.map((i) => [i.path.join('.'), i.message])).toEqual([['targetDomain', 'v.profiles.deepenOwn']]);
      const widen = await failure(joyce.profiles.save({ ...filledIn(0), direction: 'verbreden' }));
      expect(widen.zod.map((i) => [i.path.join('.'), i.message])).toEqual([['targetDomain', 'v.profiles.widenOther']]);
      const special = await failure(
        joyce.profiles.save({ ...filledIn(0), domains: [{ domain: 'onderzoek-innovatie', stage: 'starter' }] }),
      );
      expect(special.zod.map((i) => i.message)).toContain('v.profiles.specialisationDomain');
    }));
});

describe('withdrawing consent', () => {
  it('deletes the profile, wishes and all, and the audit log says so', () =>
    rolledBack(s.db, async () => {
      await joyce.profiles.consent();
      await joyce.profiles.save(filledIn(0));
      expect(await joyce.profiles.withdraw()).toEqual({ deleted: true });
      expect(profileRow(joyceId)).toBeUndefined();
      expect((await joyce.profiles.mine()).profile).toBeNull();
      expect(actionsOf(joyceId)).toEqual(['profile.consent', 'profile.update', 'profile.withdraw']);
      expect((await failure(joyce.profiles.save(filledIn(1)))).message).toBe('e.profiles.noConsent');
    }));
});

describe('revision', () => {
  it('a second tab with a stale profile is refused with CONFLICT naming who saved and when', async () => {
    await joyce.profiles.consent();
    const id = profileRow(joyceId)!.id;
    await expectRevisionGuard(s, {
      path: 'profiles.save',
      first: 'werkbegeleider@eindhoven.demo',
      second: 'werkbegeleider@eindhoven.demo',
      table: beroepsbeeldProfiles,
      id,
      input: (revision) => filledIn(revision),
      noun: 'Dit beroepsprofiel',
      stored: () => profileRow(joyceId)!.domains,
    });
  });
});
