import { and, eq, ne } from 'drizzle-orm';
import { memberships, students, users } from '../../../db/schema';
import { ERASED } from '../../../shared/domain/privacy';
import type { SubjectInput } from '../../../shared/schemas/privacy';
import type { Role } from '../../../shared/domain/roles';
import { found, type ServiceContext } from '../scope';
import type { RootTable } from './schema-map';

export interface StudentSubject {
  kind: 'student';
  id: number;
  name: string;
  firstName: string;
  lastName: string;
  email: string | null;
  studentNumber: string | null;
  userId: number | null;
  erased: boolean;
}

export interface PersonSubject {
  kind: 'person';
  id: number;
  name: string;
  email: string;
  blocked: boolean;
  erased: boolean;
  roles: Role[];
  /** Has roles in another partnership too: then this partnership may export but not erase (050-privacy). */
  otherPartnerships: boolean;
}

export type Subject = StudentSubject | PersonSubject;
export const rootOf = (s: Subject): RootTable => (s.kind === 'student' ? 'student' : 'user');
export const auditTypeOf = (s: Subject) => (s.kind === 'student' ? 'student' : 'user');

/** A student of the actor's partnership, or "not found". */
export function loadStudent({ db, actor }: ServiceContext, id: number): StudentSubject {
  const s = found(
    db
      .select({
        id: students.id,
        firstName: students.firstName,
        lastName: students.lastName,
        email: students.email,
        studentNumber: students.studentNumber,
        userId: students.userId,
      })
      .from(students)
      .where(and(eq(students.id, id), eq(students.partnershipId, actor.partnershipId)))
      .get(),
  );
  const name = `${s.firstName} ${s.lastName}`.trim();
  return { kind: 'student', ...s, name, erased: s.firstName === ERASED };
}

/** A person with a role in the actor's partnership, or "not found" (another partnership's people do not exist here). */
export function loadPerson({ db, actor }: ServiceContext, id: number): PersonSubject {
  const roles = db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, id), eq(memberships.partnershipId, actor.partnershipId)))
    .all();
  if (roles.length === 0) found(undefined);
  const u = found(
    db
      .select({ id: users.id, name: users.name, email: users.email, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, id))
      .get(),
  );
  const elsewhere = db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, id), ne(memberships.partnershipId, actor.partnershipId)))
    .limit(1)
    .get();
  return {
    kind: 'person',
    id: u.id,
    name: u.name,
    email: u.email,
    blocked: u.disabledAt !== null,
    erased: u.name === ERASED,
    roles: roles.map((r) => r.role as Role),
    otherPartnerships: elsewhere !== undefined,
  };
}

export function loadSubject(ctx: ServiceContext, input: SubjectInput): Subject {
  return input.subject === 'student' ? loadStudent(ctx, input.id) : loadPerson(ctx, input.id);
}

/** Student records of the partnership that belong to an account (a student who logs in). */
export function studentsOfAccount({ db, actor }: ServiceContext, userId: number): number[] {
  return db
    .select({ id: students.id })
    .from(students)
    .where(and(eq(students.userId, userId), eq(students.partnershipId, actor.partnershipId)))
    .all()
    .map((r) => r.id);
}
