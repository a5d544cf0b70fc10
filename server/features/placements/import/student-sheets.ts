import { MAX_GRADE, MAX_PREFERENCES, parseDays } from '../../../../shared/domain/placements';
import { WEEKDAYS } from '../../../../shared/domain/weekdays';
import { defaultDaysNeeded } from '../student-inputs.service';
import { cellOf, columnsOf, dataRows, decimalCell, ErrorList, intCell, normalHeader } from './cells';
import type { ImportLookups } from './lookups';
import type { Table } from './tables';

export const STUDENT_COLUMNS = {
  number: 'studentnummer',
  name: 'naam',
  days: 'beschikbare dagen',
  daysNeeded: 'dagen nodig',
  distance: 'max afstand km',
} as const;
export const preferenceColumn = (rank: number) => `voorkeur ${rank}`;
export const PRIORITY_COLUMNS = { location: 'locatie', number: 'studentnummer', grade: 'voorrang' } as const;
/** Templates before decision 082 called the priority column "graad"; files made from them still import. */
const OLD_GRADE_COLUMN = 'graad';
const withGradeColumn = ([header = [], ...rows]: Table): Table => [
  header.map((h) => (normalHeader(h) === OLD_GRADE_COLUMN ? PRIORITY_COLUMNS.grade : h)),
  ...rows,
];

export interface StudentPlan {
  studentId: number;
  availableDays: number[];
  daysNeeded: number;
  maxDistanceKm: number | null;
  /** TOP-locatie ids, best first; null when the sheet has no preference columns (keep what is there). */
  preferences: number[] | null;
}

/**
 * Sheet "studenten": one row per student (by student number, in the round's school year) with their
 * available days (default: every weekday), days needed (default: the programme's), an optional
 * maximum distance, and "voorkeur 1" … "voorkeur 10": TOP-locaties of the round, best first.
 */
export function readStudents(table: Table, lookups: ImportLookups, locationsInUpload: Set<number>) {
  const errors = new ErrorList('studenten');
  const plan: StudentPlan[] = [];
  const C = STUDENT_COLUMNS;
  const columns = columnsOf(table, [C.number], errors);
  if (!columns) return { plan, errors: errors.list };
  const ranks = Array.from({ length: MAX_PREFERENCES }, (_, i) => i + 1).filter((r) =>
    columns.has(preferenceColumn(r)),
  );
  const seen = new Set<number>();
  for (const { row, n } of dataRows(table)) {
    const number = cellOf(row, columns, C.number);
    const student = lookups.studentByNumber.get(number.toLowerCase());
    if (!number) errors.add(n, C.number, 'v.required');
    else if (!student) errors.add(n, C.number, 'v.placements.import.unknownStudent', { value: number });
    else if (seen.has(student.id)) errors.add(n, C.number, 'v.placements.import.duplicate', { value: number });
    const daysText = cellOf(row, columns, C.days);
    const availableDays = daysText ? parseDays(daysText) : [...WEEKDAYS];
    if (!availableDays) errors.add(n, C.days, 'v.placements.import.days', { value: daysText });
    const neededText = cellOf(row, columns, C.daysNeeded);
    const daysNeeded = neededText
      ? intCell(neededText, 1, 5, (m, p) => errors.add(n, C.daysNeeded, m, p))
      : student
        ? defaultDaysNeeded(student.daysPerWeek)
        : null;
    if (availableDays && daysNeeded !== null && daysNeeded > availableDays.length)
      errors.add(n, C.daysNeeded, 'v.placements.import.notEnoughDays', { value: daysNeeded });
    const distanceText = cellOf(row, columns, C.distance);
    const maxDistanceKm = distanceText ? decimalCell(distanceText) : null;
    if (distanceText && (maxDistanceKm === null || maxDistanceKm > 500))
      errors.add(n, C.distance, 'v.placements.import.distance', { value: distanceText });
    const preferences: number[] = [];
    for (const rank of ranks) {
      const column = preferenceColumn(rank);
      const name = cellOf(row, columns, column);
      if (!name) continue;
      const location = lookups.locationByName.get(name.toLowerCase());
      if (!location) errors.add(n, column, 'v.placements.import.unknownLocation', { value: name });
      else if (!lookups.roundLocationOf.has(location.id) && !locationsInUpload.has(location.id))
        errors.add(n, column, 'v.placements.import.locationNotInRound', { value: name });
      else if (preferences.includes(location.id))
        errors.add(n, column, 'v.placements.import.duplicatePreference', { value: name });
      else preferences.push(location.id);
    }
    if (student && !seen.has(student.id) && availableDays && daysNeeded !== null) {
      plan.push({
        studentId: student.id,
        availableDays,
        daysNeeded,
        maxDistanceKm: maxDistanceKm !== null && maxDistanceKm <= 500 ? maxDistanceKm : null,
        preferences: ranks.length ? preferences : null,
      });
    }
    if (student) seen.add(student.id);
  }
  return { plan, errors: errors.list };
}

export interface PriorityPlan {
  locationId: number;
  studentId: number;
  grade: number;
}

/**
 * Sheet "prioriteiten": a location's grade for a student (1 = first). Students must be in the round
 * (or in this upload's "studenten"); the grades replace those of the locations the sheet names.
 */
export function readPriorities(
  table: Table,
  lookups: ImportLookups,
  uploaded: { locations: Set<number>; students: Set<number> },
) {
  const errors = new ErrorList('prioriteiten');
  const plan: PriorityPlan[] = [];
  const C = PRIORITY_COLUMNS;
  const columns = columnsOf(withGradeColumn(table), [C.location, C.number, C.grade], errors);
  if (!columns) return { plan, errors: errors.list };
  const seen = new Set<string>();
  for (const { row, n } of dataRows(table)) {
    const name = cellOf(row, columns, C.location);
    const location = lookups.locationByName.get(name.toLowerCase());
    if (!name) errors.add(n, C.location, 'v.required');
    else if (!location) errors.add(n, C.location, 'v.placements.import.unknownLocation', { value: name });
    else if (!lookups.roundLocationOf.has(location.id) && !uploaded.locations.has(location.id))
      errors.add(n, C.location, 'v.placements.import.locationNotInRound', { value: name });
    const number = cellOf(row, columns, C.number);
    const student = lookups.studentByNumber.get(number.toLowerCase());
    const inRound = student && (lookups.participantOf.has(student.id) || uploaded.students.has(student.id));
    if (!number) errors.add(n, C.number, 'v.required');
    else if (!inRound) errors.add(n, C.number, 'v.placements.import.unknownStudent', { value: number });
    const grade = intCell(cellOf(row, columns, C.grade), 1, MAX_GRADE, (m, p) => errors.add(n, C.grade, m, p));
    if (!location || !student || !inRound || grade === null) continue;
    const key = `${location.id}:${student.id}`;
    if (seen.has(key)) errors.add(n, C.number, 'v.placements.import.duplicate', { value: number });
    else plan.push({ locationId: location.id, studentId: student.id, grade });
    seen.add(key);
  }
  return { plan, errors: errors.list };
}
