import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  cohorts,
  knowledgeEntries,
  knowledgePrinciples,
  mentorTeams,
  organisations,
  placementRounds,
  programmes,
  regiegroepActions,
  regiegroepMeetings,
  schoolYears,
  signals,
  students,
  topLocations,
  users,
} from '../../../db/schema';
import type { ServiceContext } from '../scope';

interface Named {
  table: SQLiteTable;
  id: SQLiteColumn;
  name: SQL | SQLiteColumn;
  /** The table's partnership column; null for people (an account is not of one partnership). */
  partnershipId: SQLiteColumn | null;
}

/** Where a subject's name lives, per subject type: the log says "Kindcentrum De Regenboog", not "#13". */
const NAMED: Record<string, Named> = {
  student: {
    table: students,
    id: students.id,
    name: sql<string>`${students.firstName} || ' ' || ${students.lastName}`,
    partnershipId: students.partnershipId,
  },
  top_location: {
    table: topLocations,
    id: topLocations.id,
    name: topLocations.name,
    partnershipId: topLocations.partnershipId,
  },
  organisation: { table: organisations, id: organisations.id, name: organisations.name, partnershipId: null },
  programme: { table: programmes, id: programmes.id, name: programmes.name, partnershipId: programmes.partnershipId },
  cohort: { table: cohorts, id: cohorts.id, name: cohorts.name, partnershipId: cohorts.partnershipId },
  school_year: {
    table: schoolYears,
    id: schoolYears.id,
    name: schoolYears.label,
    partnershipId: schoolYears.partnershipId,
  },
  mentor_team: {
    table: mentorTeams,
    id: mentorTeams.id,
    name: mentorTeams.name,
    partnershipId: mentorTeams.partnershipId,
  },
  mentor_signal: { table: signals, id: signals.id, name: signals.title, partnershipId: signals.partnershipId },
  user: { table: users, id: users.id, name: users.name, partnershipId: null },
  placement_round: {
    table: placementRounds,
    id: placementRounds.id,
    name: placementRounds.name,
    partnershipId: placementRounds.partnershipId,
  },
  knowledge_principle: {
    table: knowledgePrinciples,
    id: knowledgePrinciples.id,
    name: knowledgePrinciples.statement,
    partnershipId: knowledgePrinciples.partnershipId,
  },
  knowledge_entry: {
    table: knowledgeEntries,
    id: knowledgeEntries.id,
    name: knowledgeEntries.title,
    partnershipId: knowledgeEntries.partnershipId,
  },
  regiegroep_meeting: {
    table: regiegroepMeetings,
    id: regiegroepMeetings.id,
    name: regiegroepMeetings.title,
    partnershipId: regiegroepMeetings.partnershipId,
  },
  regiegroep_action: {
    table: regiegroepActions,
    id: regiegroepActions.id,
    name: regiegroepActions.title,
    partnershipId: regiegroepActions.partnershipId,
  },
};

/** The names of the subjects of some audit events, by "type|id"; one query per subject type. */
export function subjectNames(ctx: ServiceContext, events: { subjectType: string; subjectId: string | null }[]) {
  const names = new Map<string, string>();
  const idsByType = new Map<string, number[]>();
  for (const e of events) {
    const id = Number(e.subjectId);
    if (!NAMED[e.subjectType] || !Number.isInteger(id) || id <= 0) continue;
    idsByType.set(e.subjectType, [...(idsByType.get(e.subjectType) ?? []), id]);
  }
  for (const [type, ids] of idsByType) {
    const n = NAMED[type]!;
    const scope = n.partnershipId ? eq(n.partnershipId, ctx.actor.partnershipId) : undefined;
    const rows = ctx.db
      .select({ id: n.id, name: n.name })
      .from(n.table)
      .where(and(inArray(n.id, [...new Set(ids)]), scope))
      .all() as { id: number; name: string }[];
    for (const r of rows) names.set(`${type}|${r.id}`, r.name);
  }
  return names;
}
