/**
 * The write of a placement run's result: the engine's placements and its explanations, for a round of up
 * to ~10,000 students. It runs on the server's thread inside the apply's one transaction, so it must be
 * short: the placements go in as one statement taking all rows as one JSON array (SQLite's json_each),
 * the explanations through one statement prepared once, instead of a drizzle query built per student
 * (docs/decisions/079). The statements go through the connection's
 * watched `prepare`, so the read caches see the writes.
 */
import type { Db } from './client';

export interface EnginePlacement {
  participantId: number;
  roundLocationId: number;
  supervisorId: number | null;
  days: number[];
}

const INSERT_PLACEMENTS = `insert into "placement_assignment" ("participant_id", "round_id", "round_location_id",
  "supervisor_id", "days", "locked", "source", "note", "updated_by", "updated_at")
  select value ->> '$[0]', ?, value ->> '$[1]', value ->> '$[2]', value -> '$[3]', 0, 'engine', '', ?, ?
  from json_each(?)`;
const CLEAR_EXPLANATIONS = 'update "placement_participant" set "explanation" = null where "round_id" = ?';
// One statement run per participant: an UPDATE … FROM json_each joins without an index (10,000² steps).
const SET_EXPLANATION = 'update "placement_participant" set "explanation" = ? where "id" = ? and "round_id" = ?';

/** Inserts the engine's placements of a round (as unlocked engine placements by `updatedBy`). */
export function insertEnginePlacements(
  db: Db,
  roundId: number,
  rows: EnginePlacement[],
  stamp: { updatedBy: number; updatedAt: number },
): void {
  if (!rows.length) return;
  const json = JSON.stringify(rows.map((r) => [r.participantId, r.roundLocationId, r.supervisorId, r.days]));
  db.$client.prepare(INSERT_PLACEMENTS).run(roundId, stamp.updatedBy, stamp.updatedAt, json);
}

/** Replaces the explanations of a round's participants: the run's, and none for who it did not explain. */
export function replaceExplanations(
  db: Db,
  roundId: number,
  explanations: { participantId: number; explanation: unknown }[],
): void {
  db.$client.prepare(CLEAR_EXPLANATIONS).run(roundId);
  if (!explanations.length) return;
  const statement = db.$client.prepare(SET_EXPLANATION);
  for (const e of explanations) statement.run(JSON.stringify(e.explanation), e.participantId, roundId);
}
