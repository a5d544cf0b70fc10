import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { invites, students } from '../../../db/schema';
import type { inviteClassSchema, inviteCsvSchema } from '../../../shared/schemas/people';
import { AppError } from '../../errors';
import { hashToken, newToken } from '../../auth/tokens';
import { audited, found, type ServiceContext } from '../scope';
import { invite } from './people.service';
import { INVITE_VALID_MS } from './invitations';

type Student = { id: number; firstName: string; lastName: string; email: string | null; userId: number | null };
export type BulkOutcome =
  | { studentId: number; name: string; email: string; kind: 'invited'; link: string }
  | {
      studentId: number;
      name: string;
      email: string | null;
      kind: 'hasAccount' | 'alreadyInvited' | 'noEmail';
    };

const studentColumns = {
  id: students.id,
  firstName: students.firstName,
  lastName: students.lastName,
  email: students.email,
  userId: students.userId,
};

/** Invites each student that can be invited; says for every other one why not. One transaction. */
function inviteStudents(ctx: ServiceContext, list: Student[]): BulkOutcome[] {
  const open = new Set(
    list.length
      ? ctx.db
          .select({ studentId: invites.studentId })
          .from(invites)
          .where(
            and(
              eq(invites.partnershipId, ctx.actor.partnershipId),
              inArray(
                invites.studentId,
                list.map((s) => s.id),
              ),
              isNull(invites.acceptedAt),
              gt(invites.expiresAt, ctx.clock.now()),
            ),
          )
          .all()
          .map((i) => i.studentId)
      : [],
  );
  return ctx.db.transaction(() =>
    list.map((s): BulkOutcome => {
      const name = `${s.firstName} ${s.lastName}`;
      const base = { studentId: s.id, name };
      if (s.userId !== null) return { ...base, email: s.email, kind: 'hasAccount' };
      if (!s.email) return { ...base, email: null, kind: 'noEmail' };
      if (open.has(s.id)) return { ...base, email: s.email, kind: 'alreadyInvited' };
      const { link } = invite(ctx, { name, email: s.email, role: 'student', topLocationId: null, studentId: s.id });
      return { ...base, email: s.email, kind: 'invited', link };
    }),
  );
}

/** Every student of a class of this partnership. */
export function inviteClass(ctx: ServiceContext, input: z.output<typeof inviteClassSchema>) {
  const list = ctx.db
    .select(studentColumns)
    .from(students)
    .where(and(eq(students.cohortId, input.cohortId), eq(students.partnershipId, ctx.actor.partnershipId)))
    .orderBy(students.lastName, students.firstName)
    .all();
  if (!list.length) throw new AppError('NOT_FOUND', 'e.notFound');
  return { outcomes: inviteStudents(ctx, list), unknown: [] as { line: number; value: string }[] };
}

/**
 * The students a CSV names, one a line, by studentnummer or e-mail (a header line is recognised and
 * skipped; ; or , as separator). Lines that name no student of this partnership are reported back.
 */
export function inviteFromCsv(ctx: ServiceContext, input: z.output<typeof inviteCsvSchema>) {
  let records: string[][];
  try {
    records = parse(input.csv.replace(/^\uFEFF/, ''), {
      delimiter: [';', ','],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch {
    throw new AppError('BAD_REQUEST', 'v.people.csv', 'csv');
  }
  const all = ctx.db
    .select({ ...studentColumns, studentNumber: students.studentNumber })
    .from(students)
    .where(eq(students.partnershipId, ctx.actor.partnershipId))
    .all();
  const byKey = new Map<string, Student>();
  for (const s of all) {
    if (s.studentNumber) byKey.set(s.studentNumber.toLowerCase(), s);
    if (s.email) byKey.set(s.email.toLowerCase(), s);
  }
  const chosen = new Map<number, Student>();
  const unknown: { line: number; value: string }[] = [];
  records.forEach((cells, i) => {
    const value = (cells[0] ?? '').toLowerCase();
    const student = byKey.get(value);
    if (student) chosen.set(student.id, student);
    else if (!(i === 0 && /student|e-?mail|nummer/.test(value))) unknown.push({ line: i + 1, value: cells[0] ?? '' });
  });
  return { outcomes: inviteStudents(ctx, [...chosen.values()]), unknown };
}

/** A new link for an open invitation (the old link stops working); to copy and send again. */
export function renewInvite(ctx: ServiceContext, id: number) {
  found(
    ctx.db
      .select({ id: invites.id })
      .from(invites)
      .where(and(eq(invites.id, id), eq(invites.partnershipId, ctx.actor.partnershipId), isNull(invites.acceptedAt)))
      .get(),
  );
  const token = newToken();
  audited(ctx, 'invite.resend', 'invite', (tx) => {
    tx.update(invites)
      .set({ tokenHash: hashToken(token), expiresAt: ctx.clock.now() + INVITE_VALID_MS })
      .where(eq(invites.id, id))
      .run();
    return { id };
  });
  return { link: `/uitnodiging/${token}` };
}
