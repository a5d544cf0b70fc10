import { and, eq, inArray } from 'drizzle-orm';
import {
  knowledgeEntries,
  knowledgePrinciples,
  mentorTeams,
  regiegroepActions,
  signals,
  users,
} from '../../../db/schema';
import type { AgendaKind } from '../../../shared/domain/regiegroep';
import { found, type ServiceContext } from '../scope';
import { shownCount } from './small-groups';

/**
 * What agenda items and decisions point at — a signal, a log entry (dilemma), a principle or an action —
 * as it stands now, read in one query per kind and always within the actor's partnership.
 */
export interface RefInfo {
  title: string;
  /** The signal's, entry's or action's status; the principle's maturity. */
  status: string;
  /** Signal: its team. Entry: its type. Action: owner and due date. */
  detail: {
    teamName?: string;
    students?: number | string;
    weeksSeen?: number;
    type?: string;
    ownerName?: string;
    dueOn?: string;
  };
}
export type RefKind = Exclude<AgendaKind, 'vrij'>;
export const refKey = (kind: string, id: number) => `${kind}:${id}`;

export function loadRefs(ctx: ServiceContext, refs: { kind: string; refId: number | null }[]): Map<string, RefInfo> {
  const { db, actor } = ctx;
  const ids = (kind: RefKind) => [
    ...new Set(refs.filter((r) => r.kind === kind && r.refId !== null).map((r) => r.refId!)),
  ];
  const out = new Map<string, RefInfo>();
  const signalIds = ids('signaal');
  if (signalIds.length) {
    const rows = db
      .select({
        id: signals.id,
        title: signals.title,
        status: signals.status,
        teamName: mentorTeams.name,
        studentCount: signals.studentCount,
        weeksSeen: signals.weeksSeen,
      })
      .from(signals)
      .innerJoin(mentorTeams, eq(mentorTeams.id, signals.teamId))
      .where(and(eq(signals.partnershipId, actor.partnershipId), inArray(signals.id, signalIds)))
      .all();
    for (const r of rows)
      out.set(refKey('signaal', r.id), {
        title: r.title,
        status: r.status,
        detail: { teamName: r.teamName, students: shownCount(r.studentCount), weeksSeen: r.weeksSeen },
      });
  }
  const entryIds = ids('dilemma');
  if (entryIds.length) {
    const rows = db
      .select({
        id: knowledgeEntries.id,
        title: knowledgeEntries.title,
        status: knowledgeEntries.status,
        type: knowledgeEntries.type,
      })
      .from(knowledgeEntries)
      .where(and(eq(knowledgeEntries.partnershipId, actor.partnershipId), inArray(knowledgeEntries.id, entryIds)))
      .all();
    for (const r of rows)
      out.set(refKey('dilemma', r.id), { title: r.title, status: r.status, detail: { type: r.type } });
  }
  const principleIds = ids('principe');
  if (principleIds.length) {
    const rows = db
      .select({
        id: knowledgePrinciples.id,
        statement: knowledgePrinciples.statement,
        maturity: knowledgePrinciples.maturity,
      })
      .from(knowledgePrinciples)
      .where(
        and(eq(knowledgePrinciples.partnershipId, actor.partnershipId), inArray(knowledgePrinciples.id, principleIds)),
      )
      .all();
    for (const r of rows) out.set(refKey('principe', r.id), { title: r.statement, status: r.maturity, detail: {} });
  }
  const actionIds = ids('actiepunt');
  if (actionIds.length) {
    const rows = db
      .select({
        id: regiegroepActions.id,
        title: regiegroepActions.title,
        status: regiegroepActions.status,
        ownerName: users.name,
        dueOn: regiegroepActions.dueOn,
      })
      .from(regiegroepActions)
      .innerJoin(users, eq(users.id, regiegroepActions.ownerUserId))
      .where(and(eq(regiegroepActions.partnershipId, actor.partnershipId), inArray(regiegroepActions.id, actionIds)))
      .all();
    for (const r of rows)
      out.set(refKey('actiepunt', r.id), {
        title: r.title,
        status: r.status,
        detail: { ownerName: r.ownerName, dueOn: r.dueOn },
      });
  }
  return out;
}

/** One referenced object, or "not found" (another partnership's is not found either). */
export function requireRef(ctx: ServiceContext, kind: RefKind, id: number): RefInfo {
  return found(loadRefs(ctx, [{ kind, refId: id }]).get(refKey(kind, id)));
}
