import { parseDays, MAX_CAPACITY } from '../../../../shared/domain/placements';
import { WEEKDAYS } from '../../../../shared/domain/weekdays';
import type { ProgrammeCapacity } from '../../../../db/schema/placements';
import { cellOf, columnsOf, dataRows, ErrorList, intCell, normalHeader } from './cells';
import type { ImportLookups } from './lookups';
import type { Table } from './tables';

export const LOCATION_COLUMNS = { location: 'locatie', capacity: 'capaciteit', openDays: 'open dagen' } as const;
export const SUPERVISOR_COLUMNS = {
  location: 'locatie',
  name: 'naam',
  email: 'e-mail',
  capacity: 'capaciteit',
  programmes: 'opleidingen',
} as const;

export interface LocationPlan {
  locationId: number;
  capacity: number;
  openDays: number[];
  programmeCapacity: ProgrammeCapacity[];
}

/**
 * Sheet "locaties": one row per TOP-locatie with its total capacity, open days (default: the
 * location's own) and, in a column per programme code, the capacity for that programme (empty: not
 * offered). Any other column header must be a programme code, so a typo is caught, not ignored.
 */
export function readLocations(table: Table, lookups: ImportLookups) {
  const errors = new ErrorList('locaties');
  const plan: LocationPlan[] = [];
  const columns = columnsOf(table, [LOCATION_COLUMNS.location, LOCATION_COLUMNS.capacity], errors);
  if (!columns) return { plan, errors: errors.list };
  const known = new Set<string>(Object.values(LOCATION_COLUMNS));
  const programmeColumns: { header: string; index: number; programmeId: number }[] = [];
  (table[0] ?? []).forEach((raw, index) => {
    const header = normalHeader(raw);
    if (!header || known.has(header)) return;
    const programme = lookups.programmeByCode.get(header);
    if (programme) programmeColumns.push({ header, index, programmeId: programme.id });
    else errors.add(1, raw, 'v.placements.import.programme', { value: raw });
  });
  const seen = new Set<number>();
  for (const { row, n } of dataRows(table)) {
    const name = cellOf(row, columns, LOCATION_COLUMNS.location);
    const location = lookups.locationByName.get(name.toLowerCase());
    if (!name) errors.add(n, LOCATION_COLUMNS.location, 'v.required');
    else if (!location)
      errors.add(n, LOCATION_COLUMNS.location, 'v.placements.import.unknownLocation', { value: name });
    else if (seen.has(location.id))
      errors.add(n, LOCATION_COLUMNS.location, 'v.placements.import.duplicate', { value: name });
    const capacity = intCell(cellOf(row, columns, LOCATION_COLUMNS.capacity), 0, MAX_CAPACITY, (m, p) =>
      errors.add(n, LOCATION_COLUMNS.capacity, m, p),
    );
    const daysText = cellOf(row, columns, LOCATION_COLUMNS.openDays);
    const openDays = daysText ? parseDays(daysText) : (location?.openDays ?? [...WEEKDAYS]);
    if (!openDays) errors.add(n, LOCATION_COLUMNS.openDays, 'v.placements.import.days', { value: daysText });
    const programmeCapacity: ProgrammeCapacity[] = [];
    for (const c of programmeColumns) {
      const value = (row[c.index] ?? '').trim();
      if (value === '') continue;
      const cap = intCell(value, 0, MAX_CAPACITY, (m, p) => errors.add(n, c.header, m, p));
      if (cap !== null) programmeCapacity.push({ programmeId: c.programmeId, capacity: cap });
    }
    if (location && !seen.has(location.id) && capacity !== null && openDays)
      plan.push({ locationId: location.id, capacity, openDays, programmeCapacity });
    if (location) seen.add(location.id);
  }
  return { plan, errors: errors.list };
}

export interface SupervisorPlan {
  locationId: number;
  userId: number | null;
  name: string;
  capacity: number;
  programmeIds: number[];
}

/**
 * Sheet "werkbegeleiders": per row a werkbegeleider at a location of the round (already in it, or in
 * this upload's "locaties"), by e-mail (a locatie user there) or by name. They replace the
 * werkbegeleiders of the locations the sheet names.
 */
export function readSupervisors(table: Table, lookups: ImportLookups, locationsInUpload: Set<number>) {
  const errors = new ErrorList('werkbegeleiders');
  const plan: SupervisorPlan[] = [];
  const C = SUPERVISOR_COLUMNS;
  const columns = columnsOf(table, [C.location, C.capacity, C.programmes], errors);
  if (!columns) return { plan, errors: errors.list };
  for (const { row, n } of dataRows(table)) {
    const locationName = cellOf(row, columns, C.location);
    const location = lookups.locationByName.get(locationName.toLowerCase());
    if (!locationName) errors.add(n, C.location, 'v.required');
    else if (!location) errors.add(n, C.location, 'v.placements.import.unknownLocation', { value: locationName });
    else if (!lookups.roundLocationOf.has(location.id) && !locationsInUpload.has(location.id))
      errors.add(n, C.location, 'v.placements.import.locationNotInRound', { value: locationName });
    const email = cellOf(row, columns, C.email);
    let name = cellOf(row, columns, C.name);
    let userId: number | null = null;
    if (email) {
      const user = lookups.locatieByEmail.get(email.toLowerCase());
      if (!user || (location && user.locationId !== location.id))
        errors.add(n, C.email, 'v.placements.import.unknownUser', { value: email });
      else {
        userId = user.userId;
        name = user.name;
      }
    } else if (!name) errors.add(n, C.name, 'v.required');
    else if (name.length > 120) errors.add(n, C.name, 'v.tooLong', { max: 120 });
    const capacity = intCell(cellOf(row, columns, C.capacity), 0, 50, (m, p) => errors.add(n, C.capacity, m, p));
    const codes = cellOf(row, columns, C.programmes)
      .split(/[\s,;/]+/)
      .filter(Boolean);
    const programmeIds: number[] = [];
    if (!codes.length) errors.add(n, C.programmes, 'v.placements.programmes');
    for (const code of codes) {
      const programme = lookups.programmeByCode.get(code.toLowerCase());
      if (programme) programmeIds.push(programme.id);
      else errors.add(n, C.programmes, 'v.placements.import.programme', { value: code });
    }
    if (location && name && capacity !== null && programmeIds.length === codes.length && codes.length) {
      plan.push({ locationId: location.id, userId, name, capacity, programmeIds: [...new Set(programmeIds)] });
    }
  }
  return { plan, errors: errors.list };
}
