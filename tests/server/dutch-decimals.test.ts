/**
 * Regression: hours typed "1,5" were saved as 15 and a latitude "51,4416" was refused. One decimal
 * parser (shared/domain/decimal.ts) reads a Dutch comma or a point; the zod schemas of every decimal
 * field use it, so the server reads the typed text the same way the form does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDecimal, formatDecimalText } from '../../shared/domain/decimal';
import { hourEntrySchema } from '../../shared/schemas/mentor-teams';
import { participantUpdateSchema } from '../../shared/schemas/placements';
import { locationInputSchema } from '../../shared/schemas/locations';
import { studentInputSchema } from '../../shared/schemas/students';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { teamIdOf } from '../helpers/mentor-teams';

describe('parseDecimal', () => {
  it.each([
    ['1,5', 1.5],
    ['1.5', 1.5],
    [' 51,4416 ', 51.4416],
    ['-5,47', -5.47],
    [',5', 0.5],
    ['24', 24],
    ['0,25', 0.25],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', ',', '1,5,0', '1.234,5', '1,5 uur', 'abc', '1e3', '--1'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('writes a number back the way the UI language does', () => {
    expect(formatDecimalText(51.4416, 'nl')).toBe('51,4416');
    expect(formatDecimalText(51.4416, 'en')).toBe('51.4416');
  });
});

describe('decimal fields in the shared schemas', () => {
  const hours = (h: unknown) =>
    hourEntrySchema.safeParse({ teamId: 1, date: '2026-11-25', label: 'scholing', hours: h });

  it('read hours typed with a comma as one and a half, not fifteen', () => {
    expect(hours('1,5')).toMatchObject({ success: true, data: { hours: 1.5 } });
    expect(hours('1.5')).toMatchObject({ success: true, data: { hours: 1.5 } });
    expect(hours(1.5)).toMatchObject({ success: true, data: { hours: 1.5 } });
  });

  it('still refuses what is not a number of hours, with the field message', () => {
    for (const h of ['', 'anderhalf', '25', '0']) {
      const r = hours(h);
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]).toMatchObject({ path: ['hours'], message: 'v.mentorTeams.hours' });
    }
  });

  it('read coordinates and a distance typed the Dutch way; an empty coordinate is none', () => {
    const location = locationInputSchema.safeParse({
      name: 'Kindcentrum Test',
      organisationId: 1,
      address: 'Straat 1',
      city: 'Eindhoven',
      openDays: [1, 2],
      lat: '51,4416',
      lon: '5,4697',
    });
    expect(location).toMatchObject({ success: true, data: { lat: 51.4416, lon: 5.4697 } });
    const student = studentInputSchema.safeParse({
      firstName: 'Sem',
      lastName: 'Visser',
      studentNumber: '123456',
      programmeId: 1,
      schoolYearId: 1,
      homeLat: '',
      homeLon: '',
    });
    expect(student).toMatchObject({ success: true, data: { homeLat: null, homeLon: null } });
    const far = participantUpdateSchema.safeParse({
      id: 1,
      revision: 0,
      availableDays: [1],
      daysNeeded: 1,
      maxDistanceKm: '12,5',
      preferences: [],
    });
    expect(far).toMatchObject({ success: true, data: { maxDistanceKm: 12.5 } });
    expect(locationInputSchema.safeParse({ lat: '91,0' }).error!.issues.find((i) => i.path[0] === 'lat')).toMatchObject(
      { message: 'v.latitude' },
    );
  });
});

describe('through the procedures', () => {
  let fx: DemoFixture;
  beforeAll(async () => {
    fx = await demoFixture();
  });

  it('saves 1,5 hours as 1,5 hours', () =>
    rolledBack(fx.db, async () => {
      const mentor = callerFor(fx, 'mentor@eindhoven.demo');
      const teamId = teamIdOf(fx, 'eindhoven');
      await mentor.mentorTeams.logHours({ teamId, date: '2026-11-25', label: 'scholing', hours: '1,5', note: 'komma' });
      const entry = (await mentor.mentorTeams.hours({ teamId })).entries.find((e) => e.note === 'komma');
      expect(entry!.hours).toBe(1.5);
    }));
});
