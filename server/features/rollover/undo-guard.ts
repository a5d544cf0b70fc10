/**
 * Whether undoing a roll-over would throw away a later change (decision 097). Undo writes back the fields
 * the roll-over wrote; when any of them no longer holds what the roll-over left there — a student moved to
 * another class, the new year's budget or planned days changed — or a student was put in a rolled-over class
 * for the new year since, undo is refused, naming the record, who changed it and when. Changes to fields the
 * roll-over did not write (a name, an erasure) do not stand in the way: undo leaves them as they are.
 */
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { cohorts, mentorTeams, students, users } from '../../../db/schema';
import { dutchDateAndTimeAt } from '../../../shared/domain/dates';
import { AppError } from '../../errors';
import type { ServiceContext } from '../scope';
import { snapshot, type RolloverState, type RolloverUndo, type Tx } from './state';

type Kind = 'student' | 'cohort' | 'team';

/** The ids of records whose written fields differ now (a record gone since, e.g. erased, is not in `now`). */
function differing<T extends { id: number }>(written: T[], now: T[]): number[] {
  const byId = new Map(now.map((r) => [r.id, r]));
  return written
    .filter((w) => {
      const current = byId.get(w.id);
      return current !== undefined && (Object.keys(w) as (keyof T)[]).some((k) => current[k] !== w[k]);
    })
    .map((w) => w.id);
}

/** Students in a rolled-over class for the new year whom the roll-over did not touch: put there since. */
function addedSince(tx: Tx, undo: RolloverUndo, toSchoolYearId: number): number[] {
  const cohortIds = undo.cohorts.map((c) => c.id);
  if (!cohortIds.length) return [];
  return tx
    .select({ id: students.id })
    .from(students)
    .where(
      and(
        inArray(students.cohortId, cohortIds),
        eq(students.schoolYearId, toSchoolYearId),
        notInArray(
          students.id,
          undo.students.map((s) => s.id),
        ),
      ),
    )
    .all()
    .map((s) => s.id);
}

/** Each changed record's name, and who changed it last and when. */
function described(tx: Tx, kind: Kind, ids: number[]) {
  if (!ids.length) return [];
  const by = users.name;
  const rows =
    kind === 'student'
      ? tx
          .select({ first: students.firstName, last: students.lastName, at: students.updatedAt, by })
          .from(students)
          .leftJoin(users, eq(users.id, students.updatedBy))
          .where(inArray(students.id, ids))
          .all()
          .map((r) => ({ label: `${r.first} ${r.last}`, at: r.at, by: r.by }))
      : kind === 'cohort'
        ? tx
            .select({ label: cohorts.name, at: cohorts.updatedAt, by })
            .from(cohorts)
            .leftJoin(users, eq(users.id, cohorts.updatedBy))
            .where(inArray(cohorts.id, ids))
            .all()
        : tx
            .select({ label: mentorTeams.name, at: mentorTeams.updatedAt, by })
            .from(mentorTeams)
            .leftJoin(users, eq(users.id, mentorTeams.updatedBy))
            .where(inArray(mentorTeams.id, ids))
            .all();
  return rows.map((r) => ({ kind, ...r }));
}

/** Refuses the undo (CONFLICT) when a record it would write back was changed after the roll-over. */
export function refuseWhenChangedSince(ctx: ServiceContext, tx: Tx, undo: RolloverUndo, toSchoolYearId: number) {
  const { written } = undo;
  if (!written) return;
  const now: RolloverState = snapshot(
    tx,
    written.cohorts.map((c) => c.id),
    written.students.map((s) => s.id),
  );
  const changes = [
    ...described(tx, 'student', [
      ...differing(written.students, now.students),
      ...addedSince(tx, undo, toSchoolYearId),
    ]),
    ...described(tx, 'cohort', differing(written.cohorts, now.cohorts)),
    ...described(tx, 'team', differing(written.teams, now.teams)),
  ].sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
  const [latest] = changes;
  if (!latest) return;
  const when = latest.at === null ? { date: '?', time: '?' } : dutchDateAndTimeAt(latest.at);
  throw new AppError(
    'CONFLICT',
    changes.length === 1 ? 'e.rollover.changedSince' : 'e.rollover.changedSinceMore',
    undefined,
    {
      what: `e.rollover.changed.${latest.kind}`,
      label: latest.label,
      name: latest.by ?? 'e.conflict.someone',
      ...when,
      count: changes.length - 1,
    },
  );
}
