import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { contains } from '../../../db/sql';
import type { z } from 'zod';
import { cohorts, memberships, organisations, programmes, schoolYears, students } from '../../../db/schema';
import type { studentInputSchema, studentListSchema } from '../../../shared/schemas/students';
import { getCohort } from '../cohorts/public';
import { getProgramme } from '../programmes/public';
import { getSchoolYear } from '../school-years/public';
import { readableClassIds } from '../mentor-teams/public';
import type { Role } from '../../../shared/domain/roles';
import { auditAs, audited, found, revised, unlessInUse, type ServiceContext } from '../scope';

type StudentInput = z.output<typeof studentInputSchema>;

const listColumns = {
  id: students.id,
  firstName: students.firstName,
  lastName: students.lastName,
  studentNumber: students.studentNumber,
  programmeId: students.programmeId,
  programmeName: programmes.name,
  /** A class may hold students of several institutions: each student's own, through their programme. */
  institutionName: organisations.name,
  cohortId: students.cohortId,
  cohortName: cohorts.name,
  schoolYearLabel: schoolYears.label,
  leftOn: students.leftOn,
  leaveReason: students.leaveReason,
  // Whether an account is linked, never which one: the account's address is not for every reader of the list.
  hasAccount: sql<boolean>`${students.userId} IS NOT NULL`.mapWith((v: number) => v === 1),
};

/**
 * Least data: the beheerder (who keeps the records) and the projectleider (who places every student)
 * see every student of the partnership; anyone else holding `students.read` — a mentor — only the
 * students of the classes of their own mentor teams, and not their home address.
 */
const SEES_EVERY_STUDENT: readonly Role[] = ['beheerder', 'projectleider'];
const seesEveryStudent = (ctx: ServiceContext) => SEES_EVERY_STUDENT.some((r) => ctx.actor.roles.includes(r));

/** The condition that keeps a query to the students the actor may see (always within the partnership). */
function visibleStudents(ctx: ServiceContext): SQL {
  const inPartnership = eq(students.partnershipId, ctx.actor.partnershipId);
  if (seesEveryStudent(ctx)) return inPartnership;
  return and(inPartnership, inArray(students.cohortId, readableClassIds(ctx)))!;
}

/** Students the actor may see (see above). A list of names is personal data: the view is audited. */
export function listStudents(ctx: ServiceContext, filter: z.output<typeof studentListSchema>) {
  const conditions: (SQL | undefined)[] = [visibleStudents(ctx)];
  if (filter.cohortId) conditions.push(eq(students.cohortId, filter.cohortId));
  if (filter.programmeId) conditions.push(eq(students.programmeId, filter.programmeId));
  const term = filter.search.trim();
  if (term) {
    conditions.push(
      or(contains(students.firstName, term), contains(students.lastName, term), contains(students.studentNumber, term)),
    );
  }
  const rows = ctx.db
    .select(listColumns)
    .from(students)
    .innerJoin(programmes, eq(programmes.id, students.programmeId))
    .innerJoin(organisations, eq(organisations.id, programmes.institutionId))
    .innerJoin(schoolYears, eq(schoolYears.id, students.schoolYearId))
    .leftJoin(cohorts, eq(cohorts.id, students.cohortId))
    .where(and(...conditions))
    .orderBy(asc(students.lastName), asc(students.firstName))
    .all();
  // The search text is left out: it is often a name, and the audit log holds ids and counts only.
  auditAs(ctx, {
    action: 'student.list',
    subjectType: 'student',
    detail: {
      count: rows.length,
      cohortId: filter.cohortId ?? null,
      programmeId: filter.programmeId ?? null,
      searched: term !== '',
    },
  });
  return rows;
}

/** The student row if it is in the actor's partnership (no audit: for checks, not for showing). */
export function requireStudent({ db, actor }: ServiceContext, id: number) {
  return found(
    db
      .select()
      .from(students)
      .where(and(eq(students.id, id), eq(students.partnershipId, actor.partnershipId)))
      .get(),
  );
}

/** One student's record, if the actor may see the student (else not found); every view is audited. */
export function getStudent(ctx: ServiceContext, id: number) {
  const s = found(
    ctx.db
      .select()
      .from(students)
      .where(and(eq(students.id, id), visibleStudents(ctx)))
      .get(),
  );
  const home = seesEveryStudent(ctx);
  auditAs(ctx, { action: 'student.view', subjectType: 'student', subjectId: id });
  return {
    id: s.id,
    firstName: s.firstName,
    lastName: s.lastName,
    email: s.email ?? '',
    studentNumber: s.studentNumber ?? '',
    programmeId: s.programmeId,
    cohortId: s.cohortId,
    schoolYearId: s.schoolYearId,
    homeLat: home ? s.homeLat : null,
    homeLon: home ? s.homeLon : null,
    hasAccount: s.userId !== null,
    revision: s.revision,
  };
}

function checkReferences(ctx: ServiceContext, input: StudentInput) {
  getProgramme(ctx, input.programmeId);
  getSchoolYear(ctx, input.schoolYearId);
  if (input.cohortId !== null) getCohort(ctx, input.cohortId);
}

const toRow = (input: StudentInput) => ({
  ...input,
  email: input.email || null,
  studentNumber: input.studentNumber || null,
});

export function createStudent(ctx: ServiceContext, input: StudentInput) {
  checkReferences(ctx, input);
  return audited(ctx, 'student.create', 'student', (tx) =>
    tx
      .insert(students)
      .values({ ...toRow(input), partnershipId: ctx.actor.partnershipId, createdAt: ctx.clock.now() })
      .returning({ id: students.id })
      .get(),
  );
}

export function updateStudent(ctx: ServiceContext, input: StudentInput & { id: number; revision: number }) {
  requireStudent(ctx, input.id);
  checkReferences(ctx, input);
  const { id, revision: read, ...fields } = input;
  return audited(ctx, 'student.update', 'student', (tx) => {
    const revision = revised(ctx, 'student', id, read);
    tx.update(students).set(toRow(fields)).where(eq(students.id, id)).run();
    return { id, revision };
  });
}

export function removeStudent(ctx: ServiceContext, id: number) {
  requireStudent(ctx, id);
  return unlessInUse(() =>
    audited(ctx, 'student.remove', 'student', (tx) => {
      tx.delete(students).where(eq(students.id, id)).run();
      return { id };
    }),
  );
}

/**
 * Unties the record from its account, and takes the student role in this partnership from that account
 * (a student role without a record means nothing); an invitation can then link it to another account.
 */
export function unlinkAccount(ctx: ServiceContext, id: number) {
  const { userId } = requireStudent(ctx, id);
  return audited(ctx, 'student.unlinkAccount', 'student', (tx) => {
    tx.update(students).set({ userId: null }).where(eq(students.id, id)).run();
    if (userId !== null)
      tx.delete(memberships)
        .where(
          and(
            eq(memberships.userId, userId),
            eq(memberships.partnershipId, ctx.actor.partnershipId),
            eq(memberships.role, 'student'),
          ),
        )
        .run();
    return { id };
  });
}

/** A student's own record, for their start page. */
export function myStudentRecord(ctx: ServiceContext) {
  if (ctx.actor.studentId === null) return null;
  const row = found(
    ctx.db
      .select({ ...listColumns })
      .from(students)
      .innerJoin(programmes, eq(programmes.id, students.programmeId))
      .innerJoin(organisations, eq(organisations.id, programmes.institutionId))
      .innerJoin(schoolYears, eq(schoolYears.id, students.schoolYearId))
      .leftJoin(cohorts, eq(cohorts.id, students.cohortId))
      .where(and(eq(students.id, ctx.actor.studentId), eq(students.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
  auditAs(ctx, { action: 'student.view', subjectType: 'student', subjectId: row.id, detail: { self: true } });
  return row;
}
