import { AppError } from '../errors';
import type { Actor } from '../auth/actor';
import type { Clock } from '../clock';
import type { Db } from '../../db/client';
import { audit, auditSoon, type AuditEntry } from '../audit';
import { dutchDateAndTimeAt, isoDateAt } from '../../shared/domain/dates';
import { bumpRevision, type RevisionedTable } from '../../db/revision';

/** What every service receives: the database, the clock, and who acts. */
export interface ServiceContext {
  db: Db;
  clock: Clock;
  actor: Actor;
  /**
   * Present when the request came over HTTP: audit events of views (written outside a transaction) are
   * then grouped per turn of the event loop, and the answer waits for these promises (server/audit.ts).
   */
  auditsPending?: Promise<void>[];
}

/** Today as an ISO date in the Netherlands (not UTC: just after midnight it is already tomorrow here). */
export const todayOf = (ctx: ServiceContext): string => isoDateAt(ctx.clock.now());

/** A row loaded with `id AND partnership_id = actor's` is either ours or "not found". */
export function found<T>(row: T | undefined): T {
  if (row === undefined) throw new AppError('NOT_FOUND', 'e.notFound');
  return row;
}

/** Appends an audit event as the actor; inside a transaction it is part of it (audit() in server/audit.ts). */
export function auditAs(ctx: ServiceContext, entry: AuditEntry): void {
  const actor = { userId: ctx.actor.userId, partnershipId: ctx.actor.partnershipId };
  if (ctx.auditsPending && !ctx.db.$client.inTransaction)
    ctx.auditsPending.push(auditSoon(ctx.db, ctx.clock, actor, entry));
  else audit(ctx.db, ctx.clock, actor, entry);
}

/** Turns SQLite's unique-constraint failure into a field error; rethrows anything else. */
export function uniqueOr<T>(run: () => T, messageKey: string, field: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new AppError('CONFLICT', messageKey, field);
    }
    throw error;
  }
}

/** Deleting a row others still point at fails on the foreign key: say so plainly. */
export function unlessInUse<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new AppError('CONFLICT', 'e.inUse');
    }
    throw error;
  }
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Runs a change and its audit event in one transaction; the change returns the subject's id. */
export function audited<T extends { id: number }>(
  ctx: ServiceContext,
  action: string,
  subjectType: string,
  run: (tx: Tx) => T,
): T {
  return ctx.db.transaction((tx) => {
    const result = run(tx);
    auditAs(ctx, { action, subjectType, subjectId: result.id });
    return result;
  });
}

/** What a conflict message calls each kind of record ("Dit weekverslag is intussen gewijzigd door …"). */
const RECORD_NOUN: Record<RevisionedTable, string> = {
  mentor_session_log: 'e.conflict.sessionLog',
  mentor_student_note: 'e.conflict.note',
  mentor_signal: 'e.conflict.signal',
  mentor_team: 'e.conflict.team',
  knowledge_entry: 'e.conflict.entry',
  knowledge_principle: 'e.conflict.principle',
  knowledge_category: 'e.conflict.category',
  knowledge_adoption: 'e.conflict.adoption',
  regiegroep: 'e.conflict.regiegroep',
  regiegroep_meeting: 'e.conflict.meeting',
  regiegroep_agenda_item: 'e.conflict.agendaItem',
  regiegroep_decision: 'e.conflict.decision',
  regiegroep_action: 'e.conflict.action',
  placement_round: 'e.conflict.round',
  placement_round_location: 'e.conflict.roundLocation',
  placement_participant: 'e.conflict.participant',
  placement_supervisor: 'e.conflict.supervisor',
  top_location: 'e.conflict.location',
  organisation: 'e.conflict.organisation',
  cohort: 'e.conflict.cohort',
  programme: 'e.conflict.programme',
  student: 'e.conflict.student',
  school_year: 'e.conflict.schoolYear',
  period: 'e.conflict.period',
  user: 'e.conflict.person',
  membership: 'e.conflict.membership',
  workplace_presence: 'e.conflict.presence',
  workplace_observation: 'e.conflict.observation',
  workplace_question: 'e.conflict.question',
  coaching_role: 'e.conflict.coachingRole',
  coaching_label: 'e.conflict.coachingLabel',
  coach: 'e.conflict.coach',
  coaching_week: 'e.conflict.coachingWeek',
  coaching_norm: 'e.conflict.coachingNorm',
  coaching_location_figures: 'e.conflict.locationFigures',
  beroepsbeeld_profile: 'e.conflict.profile',
  coaching_tariff: 'e.conflict.tariff',
  mentor_team_cost_key: 'e.conflict.costKey',
};

/**
 * Claims the revision the person read (docs/decisions/071): checks and bumps it in one statement and
 * records who changed the record and when. Call it inside the update's transaction, before the change.
 * Returns the new revision; a stale one is refused (CONFLICT, naming who saved in between and when).
 */
export function revised(ctx: ServiceContext, table: RevisionedTable, id: number, revision: number): number {
  const { userId, partnershipId } = ctx.actor;
  const result = bumpRevision(ctx.db, table, { id, partnershipId, revision, userId, at: ctx.clock.now() });
  if (typeof result === 'number') return result;
  if (!result) throw new AppError('NOT_FOUND', 'e.notFound');
  const when = result.updatedAt === null ? { date: '?', time: '?' } : dutchDateAndTimeAt(result.updatedAt);
  const name = result.updatedByName ?? 'e.conflict.someone';
  throw new AppError(
    'CONFLICT',
    'e.conflict',
    undefined,
    { what: RECORD_NOUN[table], name, ...when },
    {
      revision: result.revision,
      updatedBy: result.updatedByName ?? '',
      updatedAt: result.updatedAt,
    },
  );
}
