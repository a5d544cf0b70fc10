import { and, eq } from 'drizzle-orm';
import { memberships, students, users } from '../../db/schema';
import type { Db } from '../../db/client';
import type { Role } from '../../shared/domain/roles';
import type { SessionRow } from './sessions';

/** Who is acting, in which partnership, with which roles — always taken from the session. */
export interface Actor {
  userId: number;
  sessionId: number;
  name: string;
  email: string;
  locale: string;
  partnershipId: number;
  roles: Role[];
  /** For the `locatie` role: the TOP-locatie this person works at. */
  topLocationId: number | null;
  /** For the `student` role: the student record of this person in this partnership. */
  studentId: number | null;
  /** All partnerships this person can switch to. */
  partnershipIds: number[];
}

export function loadActor(db: Db, session: SessionRow): Actor | null {
  const user = db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.id, session.userId))
    .get();
  if (!user) return null;
  const rows = db
    .select({
      partnershipId: memberships.partnershipId,
      role: memberships.role,
      topLocationId: memberships.topLocationId,
      blockedAt: memberships.blockedAt,
      sessionsEndedAt: memberships.sessionsEndedAt,
    })
    .from(memberships)
    .where(eq(memberships.userId, user.id))
    .all()
    // Blocked here, or this session was ended here: the partnership is out of reach, the others are not.
    .filter((r) => r.blockedAt === null && (r.sessionsEndedAt === null || session.createdAt >= r.sessionsEndedAt));
  const partnershipIds = [...new Set(rows.map((r) => r.partnershipId))].sort((a, b) => a - b);
  const partnershipId = partnershipIds.includes(session.partnershipId ?? -1)
    ? session.partnershipId!
    : partnershipIds[0];
  if (partnershipId === undefined) return null;
  const own = rows.filter((r) => r.partnershipId === partnershipId);
  const roles = own.map((r) => r.role as Role);
  const student = roles.includes('student')
    ? db
        .select({ id: students.id })
        .from(students)
        .where(and(eq(students.userId, user.id), eq(students.partnershipId, partnershipId)))
        .get()
    : undefined;
  return {
    userId: user.id,
    sessionId: session.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    partnershipId,
    roles,
    topLocationId: own.find((r) => r.role === 'locatie')?.topLocationId ?? null,
    studentId: student?.id ?? null,
    partnershipIds,
  };
}
