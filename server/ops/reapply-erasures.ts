/**
 * After a restore, the erasures made since the backup are made again — otherwise restoring an older
 * backup would bring back a person who asked to be forgotten (AVG art. 17). They are read from the audit
 * trail of the database the restore replaced (kept beside it by restoreDatabase) and carried out on the
 * restored one with the partnership they were made in; each is audited again, marked `afterRestore`.
 */
import Database from 'better-sqlite3';
import { migrateDb, openDb, type Db } from '../../db/client';
import { restoreDatabase } from './backup';
import type { Clock } from '../clock';
import type { Actor } from '../auth/actor';
import { eraseAgain } from '../features/privacy/erase.service';

interface EraseEvent {
  at: number;
  actorUserId: number | null;
  partnershipId: number;
  subjectType: string;
  subjectId: string;
}

const ERASURES = `SELECT at, actor_user_id AS actorUserId, partnership_id AS partnershipId, subject_type AS subjectType, subject_id AS subjectId
  FROM audit_event WHERE action = 'privacy.erase' AND partnership_id IS NOT NULL ORDER BY id`;

export function reapplyErasures(db: Db, clock: Clock, previousPath: string): { reapplied: number } {
  const previous = new Database(previousPath, { readonly: true, fileMustExist: true });
  let events: EraseEvent[];
  try {
    const hasAudit = previous
      .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_event'`)
      .get();
    events = hasAudit ? (previous.prepare(ERASURES).all() as EraseEvent[]) : [];
  } finally {
    previous.close();
  }
  let reapplied = 0;
  for (const e of events) {
    const subject = e.subjectType === 'student' ? 'student' : 'person';
    const id = Number(e.subjectId);
    if (!Number.isSafeInteger(id)) continue;
    // the beheerder who made the erasure makes it again (audit_event has no foreign keys: they need not be in the backup)
    const actor: Actor = {
      userId: e.actorUserId ?? 0,
      sessionId: 0,
      name: 'herstel',
      email: '',
      locale: 'nl',
      partnershipId: e.partnershipId,
      roles: ['beheerder'],
      topLocationId: null,
      studentId: null,
      partnershipIds: [e.partnershipId],
    };
    if (eraseAgain({ db, clock, actor }, { subject, id })) reapplied++;
  }
  return { reapplied };
}

/** `npm run restore`: the backup put in place, migrated to this version, and the later erasures made again. */
export function restoreWithErasures(
  backup: string,
  target: string,
  clock: Clock,
): { keptAs: string | null; reapplied: number } {
  const { keptAs } = restoreDatabase(backup, target);
  const db = openDb(target);
  try {
    migrateDb(db);
    return { keptAs, reapplied: keptAs ? reapplyErasures(db, clock, keptAs).reapplied : 0 };
  } finally {
    db.$client.close();
  }
}
