// The round snapshot and result shapes of the matching engine. They mirror the CLI contract of
// `npm run match` (docs/decisions/010-matching-engine.md) field for field.

export type Objective = 'optimal' | 'stable';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface Student {
  id: string;
  programme: string;
  /** ISO weekdays, 1 = Monday. */
  availableDays: number[];
  daysNeeded: number;
  /** Location ids, best first; rank 1 = first choice. */
  preferences: string[];
  home?: GeoPoint;
  maxDistanceKm?: number;
}

export interface Supervisor {
  id: string;
  capacity: number;
  programmes: string[];
}

export interface Location {
  id: string;
  openDays: number[];
  capacity: number;
  /** A programme that is not a key here is not offered at the location. */
  programmeCapacity: Record<string, number>;
  /** Werkbegeleiders. Absent or empty: the location needs none. */
  supervisors?: Supervisor[];
  coords?: GeoPoint;
  /** Priority grades over students, best first; unlisted students rank below all listed ones. */
  priorities?: string[][];
}

export interface FixedPlacement {
  student: string;
  location: string;
  /** Omitted at a location with supervisors: the engine chooses one (the placement itself stays put). */
  supervisor?: string | null;
}

export interface Round {
  objective: Objective;
  students: Student[];
  locations: Location[];
  fixed: FixedPlacement[];
}

export interface Assignment {
  student: string;
  location: string;
  supervisor: string | null;
  days: number[];
}

export interface RoundStats {
  solveMs: number;
  /** Placed students, fixed ones not counted. */
  placed: number;
  /** Sum of squared ranks of the placed students, fixed ones not counted. */
  rankCost: number;
}

export interface RoundResult {
  assignments: Assignment[];
  unassigned: string[];
  stats: RoundStats;
}

export interface PathError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; round: Round } | { ok: false; errors: PathError[] };

/** Why a location a student ranked higher is not theirs. */
export type ReasonCode = 'not-offered' | 'days' | 'distance' | 'no-supervisor' | 'full';

export interface StableFullDetail {
  /** Worst priority grade (1 = best grade; listed grades + 1 = unlisted) among those holding the seats
   *  this student would need; null when no seat could ever be theirs (no room left beyond fixed ones). */
  cutoffGrade: number | null;
  ownGrade: number;
  /** True when the student's grade equals the cut-off and the tie-break lottery decided. */
  lostTieBreak: boolean;
}

export interface OptimalFullDetail {
  /** 'no-room': no seat there can be freed at all (capacity 0, or every seat held by fixed placements). */
  effect: 'would-place-fewer' | 'costs-others-more' | 'no-room';
  /** Change in the number of placed students (fixed ones not counted) if this student were put there. */
  placedChange: number;
  /** Change in the round's rank cost (sum of squared ranks, this student included) of the best round
   *  that puts this student there: 0 is a tie the engine broke, > 0 is the price. */
  rankCostIncrease: number;
  /** The same change, counting only the other students. */
  othersRankCostIncrease: number;
}

export interface LocationReason {
  location: string;
  rank: number;
  code: ReasonCode;
  /** For 'distance': the great-circle distance in km. */
  distanceKm?: number;
  stable?: StableFullDetail;
  optimal?: OptimalFullDetail;
}

export interface StudentExplanation {
  student: string;
  fixed: boolean;
  location: string | null;
  /** The rank of the place they got on their own list; null when unplaced or not on their list. */
  rank: number | null;
  /** For each location ranked higher than the one they got (all of them when unplaced), in list order. */
  reasons: LocationReason[];
}

export type RoundChange =
  | { kind: 'withdraw'; student: string }
  | {
      kind: 'capacity';
      location: string;
      capacity?: number;
      programmeCapacity?: Record<string, number>;
      supervisors?: Supervisor[];
    };

export interface PlacementMove {
  student: string;
  from: { location: string; supervisor: string | null } | null;
  to: { location: string; supervisor: string | null } | null;
}

export interface RepairResult extends RoundResult {
  /** Students whose location changed (placed, moved or unplaced), in input order. */
  moved: PlacementMove[];
  /** Students who kept their location but got another supervisor. */
  supervisorChanged: PlacementMove[];
  /** A withdrawn student, no longer in the round. */
  removed: string[];
}

export interface ObjectiveSummary {
  placed: number;
  unplaced: number;
  rankCost: number;
  meanRank: number | null;
  worstRank: number | null;
  /** histogram[r - 1] = number of (non-fixed) students placed at rank r. */
  histogram: number[];
}

export interface ObjectiveComparison {
  optimal: ObjectiveSummary;
  stable: ObjectiveSummary;
}
