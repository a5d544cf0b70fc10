import type { RoundData, RoundIndex } from './round-data';

/** Who is placed where (participant → location and werkbegeleider): the data's, or a proposal's. */
export type Occupancy = Map<number, { roundLocationId: number; supervisorId: number | null }>;

export function occupancyOf(data: RoundData): Occupancy {
  return new Map(
    data.assignments.map((a) => [
      a.participantId,
      { roundLocationId: a.roundLocationId, supervisorId: a.supervisorId },
    ]),
  );
}

/** The limit that keeps a student of a programme out of a location: the first that blocks, in this order. */
export type Block = 'notOffered' | 'total' | 'programme' | 'noSupervisor' | 'supervisor';

/**
 * The room at one location for one more student of a programme, with every limit as "used of capacity",
 * and the first that blocks (null: there is room). `except` is left out of the counts (the student being
 * moved). The same rules as the override (override.service.ts) and the engine's capacities (decision 010).
 */
export function roomAt(
  data: RoundData,
  index: RoundIndex,
  occupancy: Occupancy,
  roundLocationId: number,
  programmeId: number,
  except: number | null = null,
) {
  const location = index.locationById.get(roundLocationId)!;
  const here = [...occupancy].filter(([pid, a]) => pid !== except && a.roundLocationId === roundLocationId);
  const programmeCap = location.programmeCapacity.find((c) => c.programmeId === programmeId);
  const sameProgramme = here.filter(([pid]) => index.participantById.get(pid)?.programmeId === programmeId).length;
  const supervisors = data.supervisors
    .filter((s) => s.roundLocationId === roundLocationId)
    .map((s) => ({
      id: s.id,
      name: s.name,
      capacity: s.capacity,
      used: here.filter(([, a]) => a.supervisorId === s.id).length,
      supervises: s.programmeIds.includes(programmeId),
    }));
  const forProgramme = supervisors.filter((s) => s.supervises);
  const block: Block | null = !programmeCap
    ? 'notOffered'
    : here.length >= location.capacity
      ? 'total'
      : sameProgramme >= programmeCap.capacity
        ? 'programme'
        : supervisors.length > 0 && forProgramme.length === 0
          ? 'noSupervisor'
          : supervisors.length > 0 && forProgramme.every((s) => s.used >= s.capacity)
            ? 'supervisor'
            : null;
  return {
    block,
    total: { used: here.length, capacity: location.capacity },
    programme: { used: sameProgramme, capacity: programmeCap?.capacity ?? 0 },
    supervisors,
  };
}
