import type { z } from 'zod';
import { IMPORT_SHEETS, type templateSchema, type ImportSheet } from '../../../shared/schemas/placements';
import { formatDays } from '../../../shared/domain/placements';
import { auditAs, type ServiceContext } from '../scope';
import { requireRound } from './access';
import { csvFile, fileStem, xlsxFile, type Sheet } from './files';
import { LOCATION_COLUMNS, SUPERVISOR_COLUMNS } from './import/location-sheets';
import { PRIORITY_COLUMNS, STUDENT_COLUMNS, preferenceColumn } from './import/student-sheets';
import { importLookups, type ImportLookups } from './import/lookups';
import { gradesAt } from './snapshot';
import { indexRoundData, loadRoundData, type RoundData } from './round-data';

const TEMPLATE_PREFERENCES = 5;

/**
 * Import templates, filled with what the round holds now (so a template is also an export of the
 * inputs, and a round-trip imports it unchanged). An empty round gets the partnership's TOP-locaties
 * and the school year's students, with the numbers left to fill in.
 */
function sheetRows(sheet: ImportSheet, data: RoundData, lookups: ImportLookups): (string | number)[][] {
  const index = indexRoundData(data);
  const programmes = data.programmes;
  if (sheet === 'locaties') {
    const header = [
      LOCATION_COLUMNS.location,
      LOCATION_COLUMNS.capacity,
      LOCATION_COLUMNS.openDays,
      ...programmes.map((p) => p.code),
    ];
    const rows = data.locations.length
      ? data.locations.map((l) => [
          l.name,
          l.capacity,
          formatDays(l.openDays),
          ...programmes.map((p) => l.programmeCapacity.find((c) => c.programmeId === p.id)?.capacity ?? ''),
        ])
      : [...lookups.locationById.values()].map((l) => [
          l.name,
          '',
          formatDays(l.openDays),
          ...programmes.map(() => ''),
        ]);
    return [header, ...rows];
  }
  if (sheet === 'studenten') {
    const C = STUDENT_COLUMNS;
    const prefColumns = Array.from({ length: TEMPLATE_PREFERENCES }, (_, i) => preferenceColumn(i + 1));
    const header = [C.number, C.name, C.days, C.daysNeeded, C.distance, ...prefColumns];
    const rows = data.participants.length
      ? data.participants.map((p) => {
          const prefs = (index.preferencesOf.get(p.id) ?? []).map((id) => index.locationById.get(id)?.name ?? '');
          return [
            p.studentNumber ?? '',
            `${p.firstName} ${p.lastName}`,
            formatDays(p.availableDays),
            p.daysNeeded,
            p.maxDistanceKm ?? '',
            ...prefColumns.map((_, i) => prefs[i] ?? ''),
          ];
        })
      : [...lookups.studentByNumber.values()].map((s) => [
          s.studentNumber ?? '',
          `${s.name} ${s.lastName}`,
          '',
          '',
          '',
          ...prefColumns.map(() => ''),
        ]);
    return [header, ...rows];
  }
  if (sheet === 'werkbegeleiders') {
    const C = SUPERVISOR_COLUMNS;
    const codes = (ids: number[]) => ids.map((id) => index.programmeById.get(id)?.code ?? '').join(' ');
    const emailOf = new Map([...lookups.locatieByEmail.values()].map((u) => [u.userId, u.email]));
    const rows = data.supervisors.map((s) => [
      index.locationById.get(s.roundLocationId)?.name ?? '',
      s.name,
      s.userId !== null ? (emailOf.get(s.userId) ?? '') : '',
      s.capacity,
      codes(s.programmeIds),
    ]);
    return [[C.location, C.name, C.email, C.capacity, C.programmes], ...rows];
  }
  const C = PRIORITY_COLUMNS;
  const rows = data.locations.flatMap((l) =>
    gradesAt(data, l.id).flatMap((g) =>
      g.participantIds.map((id) => [l.name, index.participantById.get(id)?.studentNumber ?? '', g.grade]),
    ),
  );
  return [[C.location, C.number, C.grade], ...rows];
}

export async function importTemplate(ctx: ServiceContext, input: z.output<typeof templateSchema>) {
  const round = requireRound(ctx, input.roundId);
  const data = loadRoundData(ctx, round.id);
  const lookups = importLookups(ctx, round);
  auditAs(ctx, {
    action: 'placement_round.template',
    subjectType: 'placement_round',
    subjectId: round.id,
    detail: { format: input.format, sheet: input.sheet },
  });
  const stem = fileStem(round.name);
  if (input.format === 'csv') return csvFile(`${stem}-${input.sheet}.csv`, sheetRows(input.sheet, data, lookups));
  const sheets: Sheet[] = IMPORT_SHEETS.map((name) => ({ name, rows: sheetRows(name, data, lookups) }));
  return xlsxFile(`${stem}-invoer.xlsx`, sheets);
}
