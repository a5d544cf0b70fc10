// The room deferred acceptance hands out (stable.ts): per (location, programme) entry and per location,
// what is left after the fixed placements. Entry e of location l is entryBase[l] + the programme's
// position among the location's offered programmes.
import type { CapacityUse } from './location-network';
import type { Round } from './types';

export interface EntryRoom {
  /** per location: its first entry; entryBase[L] = the number of entries */
  entryBase: Int32Array;
  /** per entry: its room */
  entryCap: Int32Array;
  /** per location: its total room */
  locationCap: Int32Array;
}

export function entryRoom(round: Round, usage: Map<string, CapacityUse>): EntryRoom {
  const L = round.locations.length;
  const entryBase = new Int32Array(L + 1);
  const locationCap = new Int32Array(L);
  let E = 0;
  for (let li = 0; li < L; li++) {
    entryBase[li] = E;
    E += Object.keys(round.locations[li]!.programmeCapacity).length;
  }
  entryBase[L] = E;
  const entryCap = new Int32Array(E);
  for (let li = 0; li < L; li++) {
    const l = round.locations[li]!;
    const used = usage.get(l.id);
    locationCap[li] = Math.max(0, l.capacity - (used?.total ?? 0));
    let e = entryBase[li]!;
    for (const p in l.programmeCapacity)
      entryCap[e++] = Math.max(0, l.programmeCapacity[p]! - (used?.programme.get(p) ?? 0));
  }
  return { entryBase, entryCap, locationCap };
}
