/**
 * Optimistic concurrency (docs/decisions/071-revisions-and-conflicts.md). Every shared editable record
 * carries an integer `revision`; an update names the revision it read, and the check and the bump are
 * one statement, so two saves of the same revision cannot both pass. The statement goes through the
 * connection's watched `prepare`, so the read caches see the write like any other.
 */
import type { Db } from './client';

/** Each record kind's table, and how a row is tied to the actor's partnership (child rows through their parent). */
const PARTNERSHIP_OF = {
  mentor_session_log: 'partnership_id = ?',
  mentor_student_note: 'partnership_id = ?',
  mentor_signal: 'partnership_id = ?',
  mentor_team: 'partnership_id = ?',
  knowledge_entry: 'partnership_id = ?',
  knowledge_principle: 'partnership_id = ?',
  knowledge_category: 'partnership_id = ?',
  knowledge_adoption: 'principle_id IN (SELECT id FROM knowledge_principle WHERE partnership_id = ?)',
  regiegroep: 'partnership_id = ?',
  regiegroep_meeting: 'partnership_id = ?',
  regiegroep_agenda_item: 'meeting_id IN (SELECT id FROM regiegroep_meeting WHERE partnership_id = ?)',
  regiegroep_decision: 'partnership_id = ?',
  regiegroep_action: 'partnership_id = ?',
  placement_round: 'partnership_id = ?',
  placement_round_location: 'round_id IN (SELECT id FROM placement_round WHERE partnership_id = ?)',
  placement_participant: 'round_id IN (SELECT id FROM placement_round WHERE partnership_id = ?)',
  placement_supervisor: `round_location_id IN (SELECT l.id FROM placement_round_location l
    JOIN placement_round r ON r.id = l.round_id WHERE r.partnership_id = ?)`,
  top_location: 'partnership_id = ?',
  membership: 'partnership_id = ?',
  organisation: 'id IN (SELECT organisation_id FROM partnership_organisation WHERE partnership_id = ?)',
  cohort: 'partnership_id = ?',
  programme: 'partnership_id = ?',
  student: 'partnership_id = ?',
  school_year: 'partnership_id = ?',
  period: 'school_year_id IN (SELECT id FROM school_year WHERE partnership_id = ?)',
  user: 'id IN (SELECT user_id FROM membership WHERE partnership_id = ?)',
  workplace_presence: 'partnership_id = ?',
  workplace_observation: 'partnership_id = ?',
  workplace_question: 'partnership_id = ?',
  coaching_role: 'partnership_id = ?',
  coaching_label: 'partnership_id = ?',
  coach: 'partnership_id = ?',
  coaching_week: 'partnership_id = ?',
  coaching_norm: 'partnership_id = ?',
  coaching_location_figures: 'partnership_id = ?',
  beroepsbeeld_profile: 'partnership_id = ?',
  coaching_tariff: 'partnership_id = ?',
  mentor_team_cost_key: 'partnership_id = ?',
} as const;

export type RevisionedTable = keyof typeof PARTNERSHIP_OF;

export interface RevisionClaim {
  id: number;
  partnershipId: number;
  /** The revision the person read. */
  revision: number;
  userId: number;
  at: number;
}

/** Who changed a record last, and when: what a refused save tells the person. */
export interface LastChange {
  revision: number;
  updatedAt: number | null;
  updatedByName: string | null;
}

/**
 * Bumps the revision when it is still the one read, and records who and when. Returns the new revision;
 * else the record's last change (someone saved in between), or undefined when the partnership has no such row.
 */
export function bumpRevision(db: Db, table: RevisionedTable, claim: RevisionClaim): number | LastChange | undefined {
  const scope = PARTNERSHIP_OF[table];
  const bumped = db.$client
    .prepare(
      `UPDATE "${table}" SET revision = revision + 1, updated_by = ?, updated_at = ?
       WHERE id = ? AND ${scope} AND revision = ? RETURNING revision`,
    )
    .pluck()
    .get(claim.userId, claim.at, claim.id, claim.partnershipId, claim.revision) as number | undefined;
  if (bumped !== undefined) return bumped;
  // Organisations and accounts are shared between partnerships: someone from another partnership is not named.
  return db.$client
    .prepare(
      `SELECT revision, updated_at AS updatedAt,
         (SELECT u.name FROM "user" u WHERE u.id = "${table}".updated_by
            AND u.id IN (SELECT user_id FROM membership WHERE partnership_id = ?)) AS updatedByName
       FROM "${table}" WHERE id = ? AND ${scope}`,
    )
    .get(claim.partnershipId, claim.id, claim.partnershipId) as LastChange | undefined;
}
