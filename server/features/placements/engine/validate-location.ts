// A round's locations, checked field by field for parseRound (validate-round.ts): every problem named by
// its path, built only when there is one to report.
import { count, days, Errors, isObject, point, q, str, stringList } from './validate-fields';
import type { Location, Supervisor } from './types';

const supervisorPath = (path: string, i: number): string => `${path}.supervisors[${i}]`;

/** One werkbegeleider of location `path`; its paths are built only to report a problem. */
function parseSupervisor(w: unknown, path: string, i: number, ids: Set<string>, e: Errors): Supervisor | null {
  if (!isObject(w)) return (e.add(supervisorPath(path, i), 'must be an object'), null);
  const { id, capacity, programmes } = w;
  let ok = true;
  if (typeof id !== 'string' || id === '')
    ok = (e.add(`${supervisorPath(path, i)}.id`, 'must be a non-empty string'), false);
  else if (ids.has(id)) e.add(`${supervisorPath(path, i)}.id`, `duplicate supervisor id ${q(id)}`);
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0)
    ok = (e.add(`${supervisorPath(path, i)}.capacity`, 'must be a non-negative integer'), false);
  if (!Array.isArray(programmes))
    ok = (e.add(`${supervisorPath(path, i)}.programmes`, 'must be an array of strings'), false);
  else
    for (let k = 0; k < programmes.length; k++) {
      const p: unknown = programmes[k];
      if (typeof p !== 'string' || p === '') {
        ok = (e.add(`${supervisorPath(path, i)}.programmes[${k}]`, 'must be a non-empty string'), false);
        break;
      }
    }
  if (!ok) return null;
  ids.add(id as string);
  return { id: id as string, capacity: capacity as number, programmes: programmes as string[] };
}

export function parseLocation(raw: unknown, index: number, e: Errors): Location | null {
  const path = `locations[${index}]`;
  if (!isObject(raw)) return (e.add(path, 'must be an object'), null);
  const id = str(raw.id, `${path}.id`, e);
  const openDays = days(raw.openDays, `${path}.openDays`, e);
  const capacity = count(raw.capacity, `${path}.capacity`, e);
  const programmeCapacity: Record<string, number> = {};
  if (!isObject(raw.programmeCapacity)) e.add(`${path}.programmeCapacity`, 'must be an object of programme: capacity');
  else {
    // keys and an indexed loop, not Object.entries with for…of: cold code makes an iterator result per
    // step, and 500 locations made 0.6 MB of them
    const given = raw.programmeCapacity;
    const keys = Object.keys(given);
    for (let k = 0; k < keys.length; k++) {
      const p = keys[k]!;
      const c = given[p];
      if (typeof c === 'number' && Number.isInteger(c) && c >= 0) programmeCapacity[p] = c;
      else e.add(`${path}.programmeCapacity.${p}`, 'must be a non-negative integer');
    }
  }
  let supervisors: Supervisor[] | undefined;
  if (raw.supervisors !== undefined && raw.supervisors !== null) {
    if (!Array.isArray(raw.supervisors)) e.add(`${path}.supervisors`, 'must be an array');
    else {
      supervisors = [];
      const ids = new Set<string>();
      const list: unknown[] = raw.supervisors;
      for (let i = 0; i < list.length; i++) {
        const w = parseSupervisor(list[i], path, i, ids, e);
        if (w) supervisors.push(w);
      }
    }
  }
  const coords = point(raw.coords, 'locations', index, 'coords', e);
  let priorities: string[][] | undefined;
  if (raw.priorities !== undefined && raw.priorities !== null) {
    if (!Array.isArray(raw.priorities))
      e.add(`${path}.priorities`, 'must be an array of grades (arrays of student ids)');
    else {
      priorities = [];
      raw.priorities.forEach((g: unknown, i: number) => {
        const list = stringList(g, `${path}.priorities[${i}]`, e);
        if (list) priorities!.push(list);
      });
    }
  }
  if (id === null || openDays === null || capacity === null) return null;
  const loc: Location = { id, openDays, capacity, programmeCapacity };
  if (supervisors) loc.supervisors = supervisors;
  if (coords) loc.coords = coords;
  if (priorities) loc.priorities = priorities;
  return loc;
}
