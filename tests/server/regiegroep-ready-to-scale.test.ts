/**
 * Regression: "Principes klaar om op te schalen" on a meeting's proposed agenda gave every principle
 * the same adoption count (an uncorrelated subquery, across partnerships). Each principle now counts
 * its own adoptions, at locations of its own partnership.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { adoptions, knowledgePrinciples, regiegroepMeetings } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
});

describe('principles ready to scale', () => {
  it("count each principle's own adoptions in its partnership", () =>
    rolledBack(fx.db, async () => {
      const e = fx.region.eindhoven;
      const userId = e.userIdByEmail['projectleider@eindhoven.demo']!;
      const principle = (statement: string, partnershipId = e.partnershipId) =>
        fx.db
          .insert(knowledgePrinciples)
          .values({
            partnershipId,
            statement,
            blocks: ['leren'] as never,
            maturity: 'beproefd',
            maturityOn: '2026-10-01',
            identifiedOn: '2026-09-01',
            createdBy: userId,
            createdAt: 0,
            updatedAt: 0,
          })
          .returning()
          .get().id;
      const adopt = (principleId: number, locationId: number) =>
        fx.db
          .insert(adoptions)
          .values({ principleId, locationId, adoptedOn: '2026-11-01', createdBy: userId, createdAt: 0 })
          .run();
      const once = principle('Telprincipe met één overname');
      const thrice = principle('Telprincipe met drie overnames');
      principle('Telprincipe zonder overname');
      adopt(once, e.locationIds[1]!);
      for (const l of e.locationIds.slice(1, 4)) adopt(thrice, l);
      // Adoptions elsewhere: a Rotterdam principle adopted in Rotterdam counts for neither.
      const r = fx.region.rotterdam;
      const theirs = principle('Rotterdams telprincipe', r.partnershipId);
      adopt(theirs, r.locationIds[0]!);
      adopt(theirs, r.locationIds[1]!);

      const meetingId = fx.db
        .select({ id: regiegroepMeetings.id })
        .from(regiegroepMeetings)
        .where(and(eq(regiegroepMeetings.partnershipId, e.partnershipId), eq(regiegroepMeetings.heldOn, '2027-02-09')))
        .get()!.id;
      const { proposals } = await callerFor(fx, 'regiegroep@eindhoven.demo').regiegroep.meeting({ id: meetingId });
      const counts = Object.fromEntries(proposals!.principles.map((p) => [p.title, p.adoptions]));
      expect(counts['Telprincipe met één overname']).toBe(1);
      expect(counts['Telprincipe met drie overnames']).toBe(3);
      expect(counts).not.toHaveProperty(['Telprincipe zonder overname']);
      expect(counts).not.toHaveProperty(['Rotterdams telprincipe']);
      // Every listed principle's figure is its own count, straight from the table.
      for (const p of proposals!.principles) {
        const own = fx.db.select().from(adoptions).where(eq(adoptions.principleId, p.id)).all().length;
        expect(p.adoptions, p.title).toBe(own);
      }
    }));
});
