/**
 * Signals and regiegroep decisions are searched like the knowledge base (issue 14, decision 081): word forms
 * and accents meet, within the partnership, and for signals only within the teams the actor may follow.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { regiegroepMeetings } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { outsideMentor, teamIdOf } from '../helpers/mentor-teams';
import type { SignalCreateInput } from '../../shared/schemas/mentor-teams';

let fx: DemoFixture;

const signal = (teamId: number, title: string, description: string): SignalCreateInput => ({
  teamId,
  week: '2026-W46',
  kind: 'tekort',
  title,
  description,
  domain: 'leren-ontwikkelen',
  competence: 'creativiteit',
  studentCount: 4,
});

function heldMeeting(key: 'eindhoven' | 'rotterdam'): number {
  const today = new Date(fx.clock.now()).toISOString().slice(0, 10);
  const meetings = fx.db
    .select({ id: regiegroepMeetings.id, heldOn: regiegroepMeetings.heldOn })
    .from(regiegroepMeetings)
    .where(and(eq(regiegroepMeetings.partnershipId, fx.region[key].partnershipId)))
    .orderBy(asc(regiegroepMeetings.heldOn))
    .all();
  return meetings.find((m) => m.heldOn <= today)!.id;
}

const decision = (meetingId: number, text: string) => ({
  meetingId,
  agendaItemId: null,
  subjectKind: null,
  subjectId: null,
  text,
  programmeId: null,
  programmeChange: null,
  programmeChangeNote: '',
});

beforeAll(async () => {
  fx = await demoFixture();
  await callerFor(fx, 'mentor@eindhoven.demo').mentorTeams.raiseSignal(
    signal(teamIdOf(fx, 'eindhoven'), 'Studenten oordelen te snel', 'Geïnteresseerd, maar weinig reflectie.'),
  );
  await callerFor(fx, 'mentor@rotterdam.demo').mentorTeams.raiseSignal(
    signal(teamIdOf(fx, 'rotterdam'), 'Oordeel zonder reflectie', 'In Rotterdam.'),
  );
  await callerFor(fx, 'regiegroep@eindhoven.demo').regiegroep.recordDecision(
    decision(heldMeeting('eindhoven'), 'Elke mentor plant een evaluatie van de kindjes-observaties.'),
  );
  await callerFor(fx, 'regiegroep@rotterdam.demo').regiegroep.recordDecision(
    decision(heldMeeting('rotterdam'), 'Rotterdam evalueert de observaties per kwartaal.'),
  );
}, 60_000); // seeding the demo region takes several seconds on a busy machine

describe('searching signals', () => {
  const titles = async (q: string, email = 'projectleider@eindhoven.demo') =>
    (await callerFor(fx, email).mentorTeams.signals({ q })).map((s) => s.title);

  it('finds word forms and folded accents in title and description', async () => {
    for (const q of ['oordeel', 'oordelen', 'reflecteren', 'geinteresseerd', 'studenten oordeel']) {
      expect(await titles(q), q).toContain('Studenten oordelen te snel');
    }
    expect(await titles('geinteresseerd reflecteren oordeel')).toEqual(['Studenten oordelen te snel']);
    expect(await titles('kinderachtig')).not.toContain('Studenten oordelen te snel');
    const all = await titles('');
    expect((await titles('oordelen')).length).toBeLessThan(all.length);
  });

  it('without words lists every signal the actor may follow, as before', async () => {
    expect((await titles('')).length).toBeGreaterThan(1);
    expect((await titles('🙂')).length).toBe((await titles('')).length);
  });

  it('stays within the partnership and within the teams the actor follows', async () => {
    const rotterdam = await titles('oordeel', 'mentor@rotterdam.demo');
    expect(rotterdam).toContain('Oordeel zonder reflectie');
    expect(rotterdam).not.toContain('Studenten oordelen te snel');
    expect(await titles('reflectie', 'projectleider@eindhoven.demo')).not.toContain('Oordeel zonder reflectie');
    // A mentor in no team follows no signals: a search does not widen that.
    expect(await titles('oordeel', outsideMentor(fx, 'eindhoven'))).toEqual([]);
  });
});

describe('searching the decision register', () => {
  const texts = async (q: string, email = 'regiegroep@eindhoven.demo') =>
    (await callerFor(fx, email).regiegroep.decisions({ q })).map((d) => d.text);

  it('finds word forms: "evalueren" finds "evaluatie", "kind" finds "kindjes", "observatie" finds "observaties"', async () => {
    const ours = 'Elke mentor plant een evaluatie van de kindjes-observaties.';
    for (const q of ['evalueren', 'evaluatie', 'kind', 'observatie', 'OBSERVEREN evaluatie']) {
      expect(await texts(q), q).toContain(ours);
    }
    expect(await texts('evalueren kindje observeren')).toEqual([ours]);
    expect(await texts('kinderachtig')).not.toContain(ours);
  });

  it('without input lists the whole register, as before', async () => {
    const all = await callerFor(fx, 'regiegroep@eindhoven.demo').regiegroep.decisions();
    expect(all.length).toBeGreaterThan(1);
    expect(await texts('')).toHaveLength(all.length);
  });

  it("never shows another partnership's decisions", async () => {
    const rotterdam = await texts('evalueren', 'regiegroep@rotterdam.demo');
    expect(rotterdam).toContain('Rotterdam evalueert de observaties per kwartaal.');
    expect(rotterdam).not.toContain('Elke mentor plant een evaluatie van de kindjes-observaties.');
    expect(await texts('evalueert')).not.toContain('Rotterdam evalueert de observaties per kwartaal.');
  });
});
