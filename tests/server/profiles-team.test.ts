/**
 * A team's profile against the Beroepsbeeld (decision 090): coverage domains × stages and the gaps named,
 * counted by hand for a hand-made team; exact for members and the projectleider, "< 5" for the regiegroep.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { beroepsbeeldProfiles, topLocations, users } from '../../db/schema';
import { callerFor } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { failure } from '../helpers/failure';
import { testServer, type TestServer } from '../helpers/server';
import type { DomainStage } from '../../shared/domain/career';

let s: TestServer;
let regenboog: number;

beforeAll(async () => {
  s = await testServer();
  regenboog = s.region.eindhoven.locationIdByName['Kindcentrum De Regenboog']!;
});

const LO = 'leren-ontwikkelen';
const OI = 'onderzoek-innovatie';
const PV = 'professionele-versterking';
/** Six workers of De Regenboog (nobody had a profile there): counted by hand below. */
const TEAM: DomainStage[][] = [
  [
    { domain: LO, stage: 'expert' },
    { domain: OI, stage: 'starter' },
  ],
  [{ domain: LO, stage: 'ervaren' }],
  [
    { domain: LO, stage: 'ervaren' },
    { domain: PV, stage: 'expert' },
  ],
  [{ domain: LO, stage: 'ervaren' }],
  [{ domain: LO, stage: 'ervaren' }],
  [
    { domain: LO, stage: 'ervaren' },
    { domain: PV, stage: 'ervaren' },
  ],
];

function handMadeTeam() {
  TEAM.forEach((domains, i) => {
    const user = s.db
      .insert(users)
      .values({ email: `pm${i}@regenboog.test`, name: `Pm'er ${i}`, createdAt: s.clock.now() })
      .returning()
      .get();
    s.db
      .insert(beroepsbeeldProfiles)
      .values({
        partnershipId: s.region.eindhoven.partnershipId,
        userId: user.id,
        topLocationId: regenboog,
        domains: JSON.stringify(domains),
        wish: `Geheime wens ${i}`,
        consentedAt: s.clock.now(),
      })
      .run();
  });
}

// Rows: L&O, O&I, P&V, O&S; columns: in opleiding, starter, ervaren, expert.
const EXACT = [
  [0, 0, 5, 1],
  [0, 1, 0, 0],
  [0, 0, 1, 1],
  [0, 0, 0, 0],
];
const GAPS = [
  { domain: OI, kind: 'noExpert', text: 'geen expert in Onderzoek & Innovatie' },
  { domain: 'organisatie-samenwerking', kind: 'nobody', text: 'niemand in Organisatie & Samenwerking' },
];

describe('the team view', () => {
  it('counts domains × stages and names the gaps, exactly, for a member and for the projectleider', () =>
    rolledBack(s.db, async () => {
      handMadeTeam();
      for (const email of ['werkbegeleider@eindhoven.demo', 'projectleider@eindhoven.demo']) {
        const view = await callerFor(s, email).profiles.team({ topLocationId: regenboog });
        expect(view).toEqual({
          location: { id: regenboog, name: 'Kindcentrum De Regenboog' },
          exact: true,
          workers: 6,
          cells: EXACT,
          gaps: GAPS,
        });
      }
    }));

  it('outside the team the regiegroep sees "< 5" (and the figure that would give it away hidden), gaps and no one', () =>
    rolledBack(s.db, async () => {
      handMadeTeam();
      const view = await callerFor(s, 'regiegroep@eindhoven.demo').profiles.team({ topLocationId: regenboog });
      expect(view.exact).toBe(false);
      expect(view.workers).toBe(6);
      expect(view.cells).toEqual([
        [0, 0, 'x', '< 5'],
        [0, '< 5', 0, 0],
        [0, 0, '< 5', '< 5'],
        [0, 0, 0, 0],
      ]);
      expect(view.gaps).toEqual(GAPS);
      const text = JSON.stringify(view);
      expect(text).not.toMatch(/Geheime wens|Pm'er/);
    }));

  it('a worker outside the team may not open it; a worker sees only her own team in the list', () =>
    rolledBack(s.db, async () => {
      handMadeTeam();
      const mirjam = callerFor(s, 'mentor@eindhoven.demo'); // her profile names Wittering.nl
      expect((await failure(mirjam.profiles.team({ topLocationId: regenboog }))).code).toBe('FORBIDDEN');
      expect((await mirjam.profiles.teams()).map((t) => t.name)).toEqual(['Kindcentrum Wittering.nl']);
      const leider = await callerFor(s, 'projectleider@eindhoven.demo').profiles.teams();
      expect(leider.map((t) => t.id)).toContain(regenboog);
      const rotterdam = s.region.rotterdam.locationIds[0]!;
      expect((await failure(mirjam.profiles.team({ topLocationId: rotterdam }))).code).toBe('NOT_FOUND');
    }));

  it('the gap closes when a worker becomes expert in that domain', () =>
    rolledBack(s.db, async () => {
      handMadeTeam();
      const joyce = callerFor(s, 'werkbegeleider@eindhoven.demo');
      await joyce.profiles.consent();
      await joyce.profiles.save({
        revision: 0,
        topLocationId: regenboog,
        domains: [{ domain: OI, stage: 'expert' }],
        specialisations: [],
        direction: null,
        targetDomain: null,
        wish: '',
      });
      const view = await joyce.profiles.team({ topLocationId: regenboog });
      expect(view.workers).toBe(7);
      expect(view.cells[1]).toEqual([0, 1, 0, 1]);
      expect(view.gaps.map((g) => g.text)).toEqual(['niemand in Organisatie & Samenwerking']);
    }));
});

describe('the demo', () => {
  it.each([
    ['projectleider@eindhoven.demo', 'Kindcentrum Wittering.nl'],
    ['projectleider@rotterdam.demo', 'IKC De Zeester'],
  ])('%s sees a team with no expert in Onderzoek & Innovatie', async (email, name) => {
    const leider = callerFor(s, email);
    const team = (await leider.profiles.teams()).find((t) => t.name === name)!;
    const view = await leider.profiles.team({ topLocationId: team.id });
    expect(view.workers).toBe(2);
    expect(view.gaps.map((g) => g.text)).toContain('geen expert in Onderzoek & Innovatie');
  });
});

describe('a gap links to the signals of its domain', () => {
  it('the signals list filtered by domain holds exactly the signals tagged with it', async () => {
    const leider = callerFor(s, 'projectleider@eindhoven.demo');
    const all = await leider.mentorTeams.signals({ includeClosed: true, q: '' });
    const oi = await leider.mentorTeams.signals({ includeClosed: true, q: '', domain: OI });
    expect(oi.length).toBeGreaterThan(0);
    expect(oi.map((x) => x.id)).toEqual(all.filter((x) => x.domain === OI).map((x) => x.id));
    expect(oi.length).toBeLessThan(all.length);
  });
});

describe('a mentor names only a TOP-locatie they work with (decision 097)', () => {
  /** A TOP-locatie where no student of Mirjam's class is placed and she does not coach. */
  function elsewhere() {
    const organisationId = s.db.select().from(topLocations).where(eq(topLocations.id, regenboog)).get()!.organisationId;
    return s.db
      .insert(topLocations)
      .values({
        partnershipId: s.region.eindhoven.partnershipId,
        organisationId,
        name: 'Kindcentrum Elders',
        address: 'Eldersweg 1',
        city: 'Eindhoven',
        openDays: [1, 2, 3],
        createdAt: s.clock.now(),
      })
      .returning()
      .get().id;
  }
  const filledIn = (revision: number, topLocationId: number) => ({
    revision,
    topLocationId,
    domains: [{ domain: 'leren-ontwikkelen' as const, stage: 'ervaren' as const }],
    specialisations: [],
    direction: null,
    targetDomain: null,
    wish: '',
  });

  it('her form offers only those, and saving another is refused at the field', () =>
    rolledBack(s.db, async () => {
      const other = elsewhere();
      const mirjam = callerFor(s, 'mentor@eindhoven.demo');
      const mine = await mirjam.profiles.mine();
      const offered = mine.locations.map((l) => l.name);
      expect(offered).toContain('Kindcentrum Wittering.nl'); // she coaches there, and her students are placed there
      expect(offered).toContain('Kindcentrum De Regenboog'); // students of her class are placed there
      expect(offered).not.toContain('Kindcentrum Elders');
      const refused = await failure(mirjam.profiles.save(filledIn(mine.profile!.revision, other)));
      expect(refused).toMatchObject({
        code: 'BAD_REQUEST',
        message: 'v.profiles.workLocation',
        field: 'topLocationId',
      });
      // One she works with is fine: she is then in that team, with its exact counts.
      await mirjam.profiles.save(filledIn(mine.profile!.revision, regenboog));
      expect((await mirjam.profiles.team({ topLocationId: regenboog })).exact).toBe(true);
    }));

  it('a profile that names a TOP-locatie she does not work with opens no counts there', () =>
    rolledBack(s.db, async () => {
      const other = elsewhere();
      const mirjam = callerFor(s, 'mentor@eindhoven.demo');
      const userId = s.region.eindhoven.userIdByEmail['mentor@eindhoven.demo']!;
      // As a profile saved before the rule could: written straight into the table.
      s.db
        .update(beroepsbeeldProfiles)
        .set({ topLocationId: other })
        .where(eq(beroepsbeeldProfiles.userId, userId))
        .run();
      expect((await failure(mirjam.profiles.team({ topLocationId: other }))).code).toBe('FORBIDDEN');
      expect((await mirjam.profiles.teams()).map((t) => t.id)).not.toContain(other);
    }));

  it('a werkbegeleider keeps her own TOP-locatie; the projectleider and the regiegroep still see every team', () =>
    rolledBack(s.db, async () => {
      const other = elsewhere();
      const joyce = callerFor(s, 'werkbegeleider@eindhoven.demo');
      expect((await joyce.profiles.mine()).locations.map((l) => l.id)).toEqual([regenboog]);
      expect((await failure(joyce.profiles.team({ topLocationId: other }))).code).toBe('FORBIDDEN');
      expect((await callerFor(s, 'projectleider@eindhoven.demo').profiles.team({ topLocationId: other })).exact).toBe(
        true,
      );
      expect((await callerFor(s, 'regiegroep@eindhoven.demo').profiles.team({ topLocationId: other })).exact).toBe(
        false,
      );
    }));
});
