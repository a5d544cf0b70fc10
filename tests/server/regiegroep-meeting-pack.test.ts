/**
 * Regression: the meeting pack left out the action points. A meeting now brings its own actions (who,
 * what, when) and the action points of earlier meetings that are not done yet, for the pack.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { regiegroepMeetings } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
}, 60_000);

const meetingOn = (heldOn: string, key: 'eindhoven' | 'rotterdam' = 'eindhoven') =>
  fx.db
    .select({ id: regiegroepMeetings.id })
    .from(regiegroepMeetings)
    .where(
      and(eq(regiegroepMeetings.partnershipId, fx.region[key].partnershipId), eq(regiegroepMeetings.heldOn, heldOn)),
    )
    .get()!.id;

describe('the action points of a meeting pack', () => {
  it('lists the open action points of earlier meetings with owner, due date and their meeting; done ones are left out', async () => {
    const m = await callerFor(fx, 'regiegroep@eindhoven.demo').regiegroep.meeting({ id: meetingOn('2027-02-09') });
    const open = m.openEarlierActions;
    expect(open.map((a) => a.title)).toEqual(
      expect.arrayContaining([
        'Lesopzet observeren met het kindvolgsysteem uitwerken',
        'Afspraken over aanwezigheidsdagen vastleggen met de roc’s',
      ]),
    );
    expect(open.every((a) => a.status !== 'afgerond')).toBe(true);
    expect(open.map((a) => a.title)).not.toContain('Bijeenkomst met de docententeams organiseren');
    expect(open.find((a) => a.title.startsWith('Lesopzet'))).toMatchObject({
      ownerName: 'Mirjam de Wit',
      meetingTitle: 'Regiegroepoverleg oktober',
      meetingHeldOn: '2026-10-06',
    });
    expect(open.every((a) => a.meetingHeldOn < '2027-02-09')).toBe(true);
  });

  it("an earlier meeting does not list a later meeting's actions, and another partnership's never show", async () => {
    const october = await callerFor(fx, 'regiegroep@eindhoven.demo').regiegroep.meeting({
      id: meetingOn('2026-10-06'),
    });
    expect(october.openEarlierActions.map((a) => a.title)).not.toContain(
      'Lesopzet observeren met het kindvolgsysteem uitwerken',
    );
    expect(october.actions.map((a) => a.title)).toContain('Lesopzet observeren met het kindvolgsysteem uitwerken');
    const eindhoven = await callerFor(fx, 'regiegroep@eindhoven.demo').regiegroep.meeting({
      id: meetingOn('2027-02-09'),
    });
    const rotterdam = await callerFor(fx, 'regiegroep@rotterdam.demo').regiegroep.meeting({
      id: meetingOn('2027-02-09', 'rotterdam'),
    });
    const theirs = new Set(rotterdam.openEarlierActions.map((a) => a.id));
    expect(eindhoven.openEarlierActions.length).toBeGreaterThan(0);
    expect(eindhoven.openEarlierActions.filter((a) => theirs.has(a.id))).toEqual([]);
  });
});
