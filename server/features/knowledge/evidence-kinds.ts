/**
 * The seam between a principle's evidence and the things it points at. A link is (kind, ref_id): no
 * foreign key can span kinds, so each kind has a resolver that answers, within the actor's partnership,
 * "does this exist?", "what is it called?" and "what could be linked?".
 *
 * - `entry`: dilemma's, successen en vraagstukken of this knowledge base.
 * - `signal`, `sessionLog`: the mentor teams' signals and weekly session logs (issue 4). They are read
 *   straight from their tables, and only their label leaves this file — a signal's title and team, a
 *   log's team and ISO week — never a log's text or anything about a student: the knowledge base is read
 *   by the whole partnership, the logs only by their team. To change what is shown, change it here.
 *
 * A kind without a resolver (a new one in EVIDENCE_KINDS before its table exists) is refused when
 * linking (`e.knowledge.kindUnavailable`) and shown as "not available" when listed.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { knowledgeEntries, mentorTeams, sessionLogs, signals } from '../../../db/schema';
import type { EntryType, EvidenceKind } from '../../../shared/domain/knowledge';
import type { ServiceContext } from '../scope';

export interface EvidenceLabel {
  id: number;
  title: string;
  /** entry: its type; signal and sessionLog: the mentor team. */
  entryType?: EntryType;
  teamName?: string;
  /** sessionLog: the ISO week ("week 47"). */
  isoWeek?: number;
  /** An ISO date: when it happened or was logged. */
  date?: string;
}

export interface EvidenceKindResolver {
  exists(ctx: ServiceContext, id: number): boolean;
  describe(ctx: ServiceContext, ids: number[]): Map<number, EvidenceLabel>;
  candidates(ctx: ServiceContext): EvidenceLabel[];
}

const CANDIDATE_LIMIT = 200;

const entryEvidence: EvidenceKindResolver = {
  exists: ({ db, actor }, id) =>
    db
      .select({ id: knowledgeEntries.id })
      .from(knowledgeEntries)
      .where(and(eq(knowledgeEntries.id, id), eq(knowledgeEntries.partnershipId, actor.partnershipId)))
      .get() !== undefined,
  describe: (ctx, ids) => toMap(entryLabels(ctx, ids)),
  candidates: (ctx) => entryLabels(ctx, null),
};

function entryLabels({ db, actor }: ServiceContext, ids: number[] | null): EvidenceLabel[] {
  const scope = eq(knowledgeEntries.partnershipId, actor.partnershipId);
  return db
    .select({
      id: knowledgeEntries.id,
      title: knowledgeEntries.title,
      type: knowledgeEntries.type,
      date: knowledgeEntries.occurredOn,
    })
    .from(knowledgeEntries)
    .where(ids ? and(scope, inArray(knowledgeEntries.id, ids)) : scope)
    .orderBy(desc(knowledgeEntries.occurredOn), desc(knowledgeEntries.id))
    .limit(CANDIDATE_LIMIT)
    .all()
    .map((r) => ({ id: r.id, title: r.title, entryType: r.type as EntryType, date: r.date }));
}

const signalEvidence: EvidenceKindResolver = {
  exists: ({ db, actor }, id) =>
    db
      .select({ id: signals.id })
      .from(signals)
      .where(and(eq(signals.id, id), eq(signals.partnershipId, actor.partnershipId)))
      .get() !== undefined,
  describe: (ctx, ids) => toMap(signalLabels(ctx, ids)),
  candidates: (ctx) => signalLabels(ctx, null),
};

function signalLabels({ db, actor }: ServiceContext, ids: number[] | null): EvidenceLabel[] {
  const scope = eq(signals.partnershipId, actor.partnershipId);
  return db
    .select({ id: signals.id, title: signals.title, teamName: mentorTeams.name })
    .from(signals)
    .innerJoin(mentorTeams, eq(mentorTeams.id, signals.teamId))
    .where(ids ? and(scope, inArray(signals.id, ids)) : scope)
    .orderBy(desc(signals.id))
    .limit(CANDIDATE_LIMIT)
    .all();
}

const sessionLogEvidence: EvidenceKindResolver = {
  exists: ({ db, actor }, id) =>
    db
      .select({ id: sessionLogs.id })
      .from(sessionLogs)
      .where(and(eq(sessionLogs.id, id), eq(sessionLogs.partnershipId, actor.partnershipId)))
      .get() !== undefined,
  describe: (ctx, ids) => toMap(sessionLogLabels(ctx, ids)),
  candidates: (ctx) => sessionLogLabels(ctx, null),
};

function sessionLogLabels({ db, actor }: ServiceContext, ids: number[] | null): EvidenceLabel[] {
  const scope = eq(sessionLogs.partnershipId, actor.partnershipId);
  return db
    .select({
      id: sessionLogs.id,
      teamName: mentorTeams.name,
      isoWeek: sessionLogs.isoWeek,
      date: sessionLogs.sessionDate,
    })
    .from(sessionLogs)
    .innerJoin(mentorTeams, eq(mentorTeams.id, sessionLogs.teamId))
    .where(ids ? and(scope, inArray(sessionLogs.id, ids)) : scope)
    .orderBy(desc(sessionLogs.sessionDate))
    .limit(CANDIDATE_LIMIT)
    .all()
    .map((r) => ({ ...r, title: r.teamName }));
}

const toMap = (labels: EvidenceLabel[]) => new Map(labels.map((l) => [l.id, l]));

/** One line per kind; a kind that is not (yet) linkable is simply absent. */
export const EVIDENCE_RESOLVERS: Partial<Record<EvidenceKind, EvidenceKindResolver>> = {
  entry: entryEvidence,
  signal: signalEvidence,
  sessionLog: sessionLogEvidence,
};
