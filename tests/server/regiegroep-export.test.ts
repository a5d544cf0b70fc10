/** The CSV behind every chart: Dutch Excel format, the same "< 5" rule as the screen, audited; and the demo regiegroepen. */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  regiegroepActions,
  regiegroepDecisions,
  regiegroepMeetings,
  regiegroepTrends,
  regiegroepen,
} from '../../db/schema';
import { DASHBOARD_TABLES, isOverdue } from '../../shared/domain/regiegroep';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { auditCount } from '../helpers/mentor-teams';
import { bareFixture, publishRound } from '../helpers/regiegroep';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
});

describe('CSV of every table behind a chart', () => {
  it.each(DASHBOARD_TABLES)('%s: BOM, semicolons, CRLF, a Dutch header and the basis line', async (table) => {
    const before = auditCount(fx, 'regiegroep.export');
    const file = await callerFor(fx, 'regiegroep@eindhoven.demo').regiegroep.exportTable({ table });
    expect(file.filename).toBe(`regiegroep-${table}-2026-11-25.csv`);
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    const lines = file.content.slice(1).split('\r\n');
    expect(lines[0]).toContain(';');
    expect(lines.at(-2)).toContain('groepen kleiner dan 5 studenten staan als');
    expect(auditCount(fx, 'regiegroep.export')).toBe(before + 1);
  });

  it('writes decimals with a comma and small groups as "< 5", exactly as the dashboard shows them', async () => {
    const bare = bareFixture();
    publishRound(bare, {
      capacity: { a: { p1: 3, p2: 5 }, b: { p1: 8 } },
      placed: [
        { at: 'a', programme: 'p2', rank: 1, count: 4 },
        { at: 'b', programme: 'p1', rank: 1, count: 5 },
      ],
      unplaced: [],
    });
    const csv = (await bare.caller('regie@tel.test').regiegroep.exportTable({ table: 'plaatsing-vulling' })).content;
    expect(csv).toContain('Locatie A;Opleiding Twee;5;< 5;\r\n');
    expect(csv).toContain('Locatie B;Opleiding Een;8;5;62,5\r\n');
    expect(csv).toContain('Locatie A;Totaal;8;< 5;\r\n');
  });
});

describe('the demo regiegroepen', () => {
  it.each(['eindhoven', 'rotterdam'] as const)(
    '%s: a chaired group with a rhythm of three, past meetings, decisions, actions in every state, trends and a next meeting',
    (key) => {
      const pid = fx.region[key].partnershipId;
      const group = fx.db.select().from(regiegroepen).where(eq(regiegroepen.partnershipId, pid)).get()!;
      expect(group.meetingsPerYear).toBe(3);
      expect(group.chairUserId).toBe(fx.region[key].userIdByEmail[`regiegroep@${key}.demo`]);
      const meetings = fx.db.select().from(regiegroepMeetings).where(eq(regiegroepMeetings.partnershipId, pid)).all();
      expect(meetings.filter((m) => m.status === 'gehouden').length).toBe(4);
      expect(meetings.filter((m) => m.status === 'gepland' && m.heldOn > '2026-11-25').length).toBe(1);
      const decisions = fx.db
        .select()
        .from(regiegroepDecisions)
        .where(eq(regiegroepDecisions.partnershipId, pid))
        .all();
      expect(new Set(decisions.map((d) => d.subjectKind))).toEqual(new Set([null, 'signaal', 'dilemma', 'principe']));
      expect(decisions.some((d) => d.programmeId !== null && d.programmeChange !== null)).toBe(true);
      const actions = fx.db.select().from(regiegroepActions).where(eq(regiegroepActions.partnershipId, pid)).all();
      expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['open', 'bezig', 'afgerond']));
      expect(actions.filter((a) => isOverdue(a, '2026-11-25'))).toHaveLength(1);
      expect(actions.filter((a) => a.status === 'open' && !isOverdue(a, '2026-11-25'))).toHaveLength(1);
      expect(fx.db.select().from(regiegroepTrends).all().length).toBeGreaterThan(4);
    },
  );
});
