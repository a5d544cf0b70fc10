// parseRound's path-named messages for the fields whose paths are built only when there is a problem
// (a round's 10,000 homes are valid: no path string is made for them).
import { describe, expect, it } from 'vitest';
import { parseRound } from '../../../server/features/placements/engine/index';
import { tinyRound } from './helpers';

type RawRound = Record<string, unknown> & { students: Record<string, unknown>[]; locations: Record<string, unknown>[] };

const base = (): RawRound => JSON.parse(JSON.stringify(tinyRound(11, { students: 4, locations: 2 }))) as RawRound;

function errors(raw: unknown): string[] {
  const parsed = parseRound(raw);
  return parsed.ok ? [] : parsed.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('parseRound paths', () => {
  it('names a bad home, a bad latitude and a bad longitude of a student', () => {
    const raw = base();
    raw.students[1]!.home = 'utrecht';
    raw.students[2]!.home = { lat: 95, lon: 5 };
    raw.students[3]!.home = { lat: 52, lon: 'oost' };
    expect(errors(raw)).toEqual([
      'students[1].home: must be an object {lat, lon}',
      'students[2].home.lat: must be a latitude between -90 and 90',
      'students[3].home.lon: must be a longitude between -180 and 180',
    ]);
  });

  it('drops a null home and a null distance limit from the student, and keeps a valid one as given', () => {
    const raw = base();
    raw.students[0]!.home = null;
    raw.students[0]!.maxDistanceKm = null;
    raw.students[1]!.home = { lat: 52.1, lon: 5.1 };
    raw.students[1]!.maxDistanceKm = 12.5;
    const parsed = parseRound(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [first, second] = parsed.round.students;
    expect(Object.keys(first!)).toEqual(['id', 'programme', 'availableDays', 'daysNeeded', 'preferences']);
    expect(second).toMatchObject({ home: { lat: 52.1, lon: 5.1 }, maxDistanceKm: 12.5 });
    expect(parsed.round.students.map((s) => s.id)).toEqual(raw.students.map((s) => s.id));
  });

  it("names a student's bad weekdays and the other fields of the student at its own index", () => {
    const raw = base();
    raw.students[0]!.availableDays = 'ma-vr';
    raw.students[1]!.availableDays = [1, 3, 1];
    raw.students[2]!.daysNeeded = 0;
    raw.students[3]!.id = '';
    expect(errors(raw)).toEqual([
      'students[0].availableDays: must be an array of weekdays 1-7',
      'students[1].availableDays[2]: duplicate day 1',
      'students[2].daysNeeded: must be an integer from 1 to 7',
      'students[3].id: must be a non-empty string',
    ]);
  });

  it("names a location's bad weekdays, programme capacity and werkbegeleiders, each at its own index", () => {
    const raw = base();
    raw.locations[0]!.openDays = [1, 2, 2];
    raw.locations[0]!.programmeCapacity = { ...(raw.locations[0]!.programmeCapacity as object), extra: 1.5 };
    raw.locations[1]!.supervisors = [
      'w',
      { id: '', capacity: 1, programmes: ['p'] },
      { id: 'w1', capacity: -2, programmes: 'p' },
      { id: 'w2', capacity: 1, programmes: ['p', ''] },
      { id: 'w3', capacity: 1, programmes: [] },
      { id: 'w3', capacity: 1, programmes: [] },
    ];
    expect(errors(raw)).toEqual([
      'locations[0].openDays[2]: duplicate day 2',
      'locations[0].programmeCapacity.extra: must be a non-negative integer',
      'locations[1].supervisors[0]: must be an object',
      'locations[1].supervisors[1].id: must be a non-empty string',
      'locations[1].supervisors[2].capacity: must be a non-negative integer',
      'locations[1].supervisors[2].programmes: must be an array of strings',
      'locations[1].supervisors[3].programmes[1]: must be a non-empty string',
      'locations[1].supervisors[5].id: duplicate supervisor id "w3"',
    ]);
  });

  it("names a location's bad coordinates, and accepts the same round with them fixed", () => {
    const raw = base();
    raw.locations[1]!.coords = { lat: 52 };
    expect(errors(raw)).toEqual(['locations[1].coords.lon: must be a longitude between -180 and 180']);
    raw.locations[1]!.coords = { lat: 52, lon: 5.1 };
    expect(errors(raw)).toEqual([]);
  });

  it('names a student listed twice at one location and an unknown one; once per location is fine', () => {
    const raw = base();
    raw.locations[0]!.priorities = [
      ['s0', 's1'],
      ['s1', 'nobody'],
    ];
    raw.locations[1]!.priorities = [['s1']];
    expect(errors(raw)).toEqual([
      'locations[0].priorities[1][0]: student "s1" is listed twice',
      'locations[0].priorities[1][1]: unknown student "nobody"',
    ]);
    raw.locations[0]!.priorities = [['s0', 's1'], ['s2']];
    expect(errors(raw)).toEqual([]);
  });
});
