/** Signals: tagged, counted (not named), raised again counts up, status forward only with history. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { outsideMentor, teamIdOf } from '../helpers/mentor-teams';
import { failure } from '../helpers/failure';
import type { SignalCreateInput } from '../../shared/schemas/mentor-teams';

let fx: DemoFixture;
let teamId: number;
let mentor: ReturnType<typeof callerFor>;

beforeAll(async () => {
  fx = await demoFixture();
  teamId = teamIdOf(fx, 'eindhoven');
  mentor = callerFor(fx, 'mentor@eindhoven.demo');
});

const signal = (over: Partial<SignalCreateInput> = {}): SignalCreateInput => ({
  teamId,
  week: '2026-W46',
  kind: 'tekort',
  title: 'Spelbegeleiding buiten',
  domain: 'leren-ontwikkelen',
  competence: 'creativiteit',
  studentCount: 4,
  ...over,
});
const find = async (id: number) => (await mentor.mentorTeams.signals({ teamId })).find((s) => s.id === id)!;

describe('raising a signal', () => {
  it('starts as "nieuw" in the week first seen, with who raised it', () =>
    rolledBack(fx.db, async () => {
      const { id } = await mentor.mentorTeams.raiseSignal(signal());
      expect(await find(id)).toMatchObject({
        status: 'nieuw',
        firstSeenWeek: 46,
        lastSeenWeek: 46,
        weeksSeen: 1,
        studentCount: 4,
        history: [{ fromStatus: null, toStatus: 'nieuw', byName: 'Mirjam de Wit' }],
      });
    }));

  it('raised again in a later week (other case and spacing) counts up instead of duplicating', () =>
    rolledBack(fx.db, async () => {
      const first = await mentor.mentorTeams.raiseSignal(signal());
      const before = (await mentor.mentorTeams.signals({ teamId })).length;
      const again = await callerFor(fx, 'docent@eindhoven.demo').mentorTeams.raiseSignal(
        signal({ week: '2026-W48', title: '  spelbegeleiding   BUITEN ', studentCount: 6 }),
      );
      expect(again).toMatchObject({ id: first.id, countedUp: true, merged: true });
      expect((await mentor.mentorTeams.signals({ teamId })).length).toBe(before);
      expect(await find(first.id)).toMatchObject({
        weeksSeen: 2,
        firstSeenWeek: 46,
        lastSeenWeek: 48,
        studentCount: 6,
      });
    }));

  it('raised again in the same week corrects the count without counting up', () =>
    rolledBack(fx.db, async () => {
      const { id } = await mentor.mentorTeams.raiseSignal(signal());
      const again = await mentor.mentorTeams.signalSeenAgain({ id, week: '2026-W46', studentCount: 5 });
      expect(again.countedUp).toBe(false);
      expect(await find(id)).toMatchObject({ weeksSeen: 1, studentCount: 5 });
    }));

  it('with another competence, or after it was completed, it is a new signal', () =>
    rolledBack(fx.db, async () => {
      const { id } = await mentor.mentorTeams.raiseSignal(signal());
      const other = await mentor.mentorTeams.raiseSignal(signal({ competence: 'flexibiliteit' }));
      expect(other.id).not.toBe(id);
      await mentor.mentorTeams.setSignalStatus({ id, status: 'afgerond' });
      expect(
        await failure(mentor.mentorTeams.signalSeenAgain({ id, week: '2026-W47', studentCount: 1 })),
      ).toMatchObject({ code: 'CONFLICT', message: 'e.mentorTeams.signalClosed' });
      const fresh = await mentor.mentorTeams.raiseSignal(signal({ week: '2026-W47' }));
      expect(fresh.id).not.toBe(id);
    }));

  it('refuses bad tags, a negative count and a week outside the school year', async () => {
    const bad = await failure(
      mentor.mentorTeams.raiseSignal({ ...signal(), domain: 'koken' as never, studentCount: -1 }),
    );
    expect(bad.zod.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['domain', 'studentCount']));
    expect(bad.zod.find((i) => i.path[0] === 'studentCount')!.message).toBe('v.mentorTeams.studentCount');
    expect(await failure(mentor.mentorTeams.raiseSignal(signal({ week: '2026-W30' })))).toMatchObject({
      message: 'v.dateOutsideYear',
      field: 'week',
    });
  });

  it('only a member raises one', async () => {
    expect((await failure(callerFor(fx, outsideMentor(fx, 'eindhoven')).mentorTeams.raiseSignal(signal()))).code).toBe(
      'FORBIDDEN',
    );
    expect((await failure(callerFor(fx, 'regiegroep@eindhoven.demo').mentorTeams.raiseSignal(signal()))).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the status of a signal', () => {
  it('moves nieuw → doorgezet → opgepakt → afgerond, recording who and when', () =>
    rolledBack(fx.db, async () => {
      const { id } = await mentor.mentorTeams.raiseSignal(signal());
      await mentor.mentorTeams.setSignalStatus({ id, status: 'doorgezet' });
      fx.clock.advance(60_000);
      await callerFor(fx, 'regiegroep@eindhoven.demo').mentorTeams.setSignalStatus({
        id,
        status: 'opgepakt',
        note: 'Op de agenda van de regiegroep',
      });
      await callerFor(fx, 'projectleider@eindhoven.demo').mentorTeams.setSignalStatus({ id, status: 'afgerond' });
      const { history, status } = await find(id);
      expect(status).toBe('afgerond');
      expect(history.map((h) => `${h.fromStatus}>${h.toStatus} ${h.byName}`)).toEqual([
        'null>nieuw Mirjam de Wit',
        'nieuw>doorgezet Mirjam de Wit',
        'doorgezet>opgepakt Ruud Hendriks',
        'opgepakt>afgerond Petra van Loon',
      ]);
      expect(history[2]!.note).toBe('Op de agenda van de regiegroep');
      expect(history[2]!.at).toBeGreaterThan(history[1]!.at);
    }));

  it('never moves back, nor stays put', () =>
    rolledBack(fx.db, async () => {
      const { id } = await mentor.mentorTeams.raiseSignal(signal());
      await mentor.mentorTeams.setSignalStatus({ id, status: 'opgepakt' });
      for (const status of ['doorgezet', 'opgepakt'] as const) {
        expect(await failure(mentor.mentorTeams.setSignalStatus({ id, status }))).toMatchObject({
          code: 'BAD_REQUEST',
          message: 'e.mentorTeams.statusBackwards',
          field: 'status',
        });
      }
    }));

  it("another partnership's regiegroep cannot touch it", () =>
    rolledBack(fx.db, async () => {
      const { id } = await mentor.mentorTeams.raiseSignal(signal());
      expect(
        (
          await failure(
            callerFor(fx, 'regiegroep@rotterdam.demo').mentorTeams.setSignalStatus({ id, status: 'doorgezet' }),
          )
        ).code,
      ).toBe('NOT_FOUND');
      expect((await callerFor(fx, 'regiegroep@rotterdam.demo').mentorTeams.signals({})).some((s) => s.id === id)).toBe(
        false,
      );
    }));
});

describe('the demo signals', () => {
  it('are in several statuses, each with its history', async () => {
    const all = await callerFor(fx, 'regiegroep@eindhoven.demo').mentorTeams.signals({});
    expect(new Set(all.map((s) => s.status))).toEqual(new Set(['nieuw', 'doorgezet', 'opgepakt', 'afgerond']));
    for (const s of all) expect(s.history.at(-1)!.toStatus).toBe(s.status);
    expect(all.find((s) => s.title === 'Observeren en rapporteren van ontwikkeling')).toMatchObject({
      weeksSeen: 4,
      firstSeenWeek: 37,
    });
  });
});
