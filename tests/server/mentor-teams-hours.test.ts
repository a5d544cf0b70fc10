/** Hours: labelled per member per day, at most 24 a day, spent against budget, exported for Excel. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { teamIdOf } from '../helpers/mentor-teams';
import { failure } from '../helpers/failure';
import { hoursWithComma, toCsv } from '../../server/features/mentor-teams/csv';

let fx: DemoFixture;
let teamId: number;
let mentor: ReturnType<typeof callerFor>;

beforeAll(async () => {
  fx = await demoFixture();
  teamId = teamIdOf(fx, 'eindhoven');
  mentor = callerFor(fx, 'mentor@eindhoven.demo');
});

describe('logging hours', () => {
  it('adds to the period: spent against budget, by label and member', () =>
    rolledBack(fx.db, async () => {
      const before = (await mentor.mentorTeams.hours({ teamId })).summary;
      expect(before.budgetHours).toBe(120);
      await mentor.mentorTeams.logHours({
        teamId,
        date: '2026-11-25',
        label: 'afstemming',
        hours: 1.75,
        note: 'Overleg met KW1C',
      });
      const after = await mentor.mentorTeams.hours({ teamId });
      expect(after.period!.name).toBe('Periode 2');
      expect(after.summary.spentHours).toBeCloseTo(before.spentHours + 1.75);
      expect(after.summary.byLabel.find((l) => l.label === 'afstemming')!.hours).toBeCloseTo(
        before.byLabel.find((l) => l.label === 'afstemming')!.hours + 1.75,
      );
      expect(after.entries.find((e) => e.note === 'Overleg met KW1C')).toMatchObject({
        hours: 1.75,
        isoWeek: 48,
        mine: true,
        name: 'Mirjam de Wit',
      });
    }));

  it('refuses hours of zero or less, or more than 24, at the hours field', async () => {
    for (const hours of [-1, 0, 24.5]) {
      const f = await failure(mentor.mentorTeams.logHours({ teamId, date: '2026-11-25', label: 'scholing', hours }));
      expect(f.zod[0]).toMatchObject({ path: ['hours'], message: 'v.mentorTeams.hours' });
    }
  });

  it('refuses a day total above 24 hours, over all teams', () =>
    rolledBack(fx.db, async () => {
      await mentor.mentorTeams.logHours({ teamId, date: '2026-11-25', label: 'begeleiding', hours: 20 });
      await mentor.mentorTeams.logHours({ teamId, date: '2026-11-25', label: 'voorbereiding', hours: 4 });
      expect(
        await failure(mentor.mentorTeams.logHours({ teamId, date: '2026-11-25', label: 'scholing', hours: 0.25 })),
      ).toMatchObject({ code: 'BAD_REQUEST', message: 'v.mentorTeams.hoursPerDay', field: 'hours' });
    }));

  it('refuses dates outside the school year or in the future, at the date field', async () => {
    expect(
      await failure(mentor.mentorTeams.logHours({ teamId, date: '2026-07-15', label: 'scholing', hours: 1 })),
    ).toMatchObject({ message: 'v.dateOutsideYear', field: 'date' });
    expect(
      await failure(mentor.mentorTeams.logHours({ teamId, date: '2026-11-26', label: 'scholing', hours: 1 })),
    ).toMatchObject({ message: 'v.mentorTeams.dateInFuture', field: 'date' });
  });

  it('shows the regiegroep the hours but not the notes written with them', () =>
    rolledBack(fx.db, async () => {
      await mentor.mentorTeams.logHours({
        teamId,
        date: '2026-11-25',
        label: 'begeleiding',
        hours: 1,
        note: 'Gesprek met een student',
      });
      const regie = await callerFor(fx, 'regiegroep@eindhoven.demo').mentorTeams.hours({ teamId });
      expect(regie.entries.some((e) => e.date === '2026-11-25' && e.hours === 1)).toBe(true);
      expect(JSON.stringify(regie)).not.toContain('Gesprek met een student');
      expect(
        JSON.stringify(await callerFor(fx, 'projectleider@eindhoven.demo').mentorTeams.hours({ teamId })),
      ).toContain('Gesprek met een student');
    }));

  it('lets a member remove only their own hours', () =>
    rolledBack(fx.db, async () => {
      const { id } = await mentor.mentorTeams.logHours({ teamId, date: '2026-11-25', label: 'scholing', hours: 1 });
      expect(await failure(callerFor(fx, 'docent@eindhoven.demo').mentorTeams.removeHours({ id }))).toMatchObject({
        code: 'FORBIDDEN',
        message: 'e.mentorTeams.notOwnHours',
      });
      await mentor.mentorTeams.removeHours({ id });
      expect((await mentor.mentorTeams.hours({ teamId })).entries.some((e) => e.id === id)).toBe(false);
    }));
});

describe('the CSV export for cost monitoring', () => {
  it('is UTF-8 with BOM, semicolon-separated, decimal comma, one row per week, member and label', () =>
    rolledBack(fx.db, async () => {
      await mentor.mentorTeams.logHours({ teamId, date: '2026-11-25', label: 'afstemming', hours: 1.5 });
      await mentor.mentorTeams.logHours({ teamId, date: '2026-11-24', label: 'afstemming', hours: 0.25 });
      const { filename, content } = await callerFor(fx, 'regiegroep@eindhoven.demo').mentorTeams.exportHours({});
      expect(filename).toBe('uren-mentorteams-2026-11-25.csv');
      expect(content.charCodeAt(0)).toBe(0xfeff);
      const lines = content.slice(1).split('\r\n');
      expect(lines[0]).toBe(
        'Mentorteam;Klas;Schooljaar;Periode;Week;Maandag;Teamlid;Rol in team;Label;Uren;Budget per periode',
      );
      expect(lines).toContain(
        'Mentorteam PW3 klas A;PW3 klas A (2026-2027);2026-2027;Periode 2;week 48;23-11-2026;Mirjam de Wit;praktijkopleider;Afstemming opleiding–werkveld;1,75;120',
      );
      expect(content).not.toContain('Samen Opleiden');
    }));

  it('quotes separators and defuses formulas', () => {
    expect(toCsv([['=SOM(A1)', 'a;b', 'zei "hoi"', 3]])).toBe('\uFEFF\'=SOM(A1);"a;b";"zei ""hoi""";3\r\n');
    expect(hoursWithComma(90)).toBe('1,50');
  });

  it('a mentor exports only their own team', async () => {
    const rotterdam = await callerFor(fx, 'mentor@rotterdam.demo').mentorTeams.exportHours({});
    expect(rotterdam.content).toContain('Mentorteam Samen Opleiden PW 2026');
    expect(rotterdam.content).not.toContain('PW3 klas A');
  });
});
