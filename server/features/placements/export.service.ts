import type { z } from 'zod';
import type { exportSchema } from '../../../shared/schemas/placements';
import { formatDays, type Objective } from '../../../shared/domain/placements';
import { auditAs, type ServiceContext } from '../scope';
import { requireRound } from './access';
import { csvFile, fileStem, jsonFile, xlsxFile } from './files';
import { resultRows } from './results.service';
import { indexRoundData, loadRoundData } from './round-data';
import { toEngineRound } from './snapshot';

const SOURCE_NAMES: Record<string, string> = { engine: 'berekend', handmatig: 'handmatig', reparatie: 'reparatie' };

/** The placements of a round as CSV (one sheet) or XLSX (placements, and a summary per location). Audited. */
export async function exportPlacements(ctx: ServiceContext, input: z.output<typeof exportSchema>) {
  const round = requireRound(ctx, input.roundId);
  const data = loadRoundData(ctx, round.id);
  const index = indexRoundData(data);
  const rows = resultRows(data, index);
  const header = [
    'Studentnummer',
    'Student',
    'Opleiding',
    'TOP-locatie',
    'Werkbegeleider',
    'Dagen',
    'Keuze',
    'Vastgezet',
    'Herkomst',
    'Reden',
  ];
  const lines = rows.map((r) => {
    const note = index.assignmentOf.get(r.participantId)?.note ?? '';
    return [
      r.studentNumber,
      r.name,
      r.programmeName,
      r.locationName ?? 'niet geplaatst',
      r.supervisorName ?? '',
      formatDays(r.days),
      r.rank ?? '',
      r.locked ? 'ja' : 'nee',
      r.source ? (SOURCE_NAMES[r.source] ?? r.source) : '',
      note,
    ];
  });
  auditAs(ctx, {
    action: 'placement_round.export',
    subjectType: 'placement_round',
    subjectId: round.id,
    detail: { format: input.format, students: rows.length },
  });
  const stem = `${fileStem(round.name)}-plaatsingen`;
  if (input.format === 'csv') return csvFile(`${stem}.csv`, [header, ...lines]);
  const perLocation = data.locations.map((l) => [
    l.name,
    l.capacity,
    rows.filter((r) => r.roundLocationId === l.id).length,
  ]);
  return xlsxFile(`${stem}.xlsx`, [
    { name: 'Plaatsingen', rows: [header, ...lines] },
    { name: 'Per locatie', rows: [['TOP-locatie', 'Capaciteit', 'Geplaatst'], ...perLocation] },
  ]);
}

/**
 * The round as the matching engine's JSON (the `npm run match` contract): ids, programme codes,
 * days, coordinates — no names. Home coordinates are personal data: the export is audited.
 */
export function exportSnapshot(ctx: ServiceContext, roundId: number) {
  const round = requireRound(ctx, roundId);
  const snapshot = toEngineRound(round.objective as Objective, loadRoundData(ctx, roundId));
  auditAs(ctx, {
    action: 'placement_round.snapshot.export',
    subjectType: 'placement_round',
    subjectId: roundId,
    detail: { students: snapshot.students.length },
  });
  return jsonFile(`${fileStem(round.name)}.json`, snapshot);
}
