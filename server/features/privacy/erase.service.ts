import type Database from 'better-sqlite3';
import { and, eq, ne } from 'drizzle-orm';
import { memberships, users } from '../../../db/schema';
import { ERASED } from '../../../shared/domain/privacy';
import { sameName, type EraseInput } from '../../../shared/schemas/privacy';
import { AppError } from '../../errors';
import { auditAs, type ServiceContext } from '../scope';
import { readSchema, type RootTable } from './schema-map';
import { firstNameOf, matcher, nameForms, type PersonNames } from './name-forms';
import { partnershipsOf, walkPerson } from './walk';
import { scrubPartnerships, scrubRows } from './scrub';
import { compactFile, optimizeSearchIndexes } from './file-hygiene';
import { compactOffThread } from './compaction';
import { deleteProfilesOf } from '../profiles/public';
import { blank, notBlank, RETENTION_RULES } from './retention-rules';
import {
  auditTypeOf,
  loadStudent,
  loadSubject,
  studentsOfAccount,
  type PersonSubject,
  type StudentSubject,
  type Subject,
} from './subject';

interface ErasedPerson {
  root: RootTable;
  id: number;
  names: PersonNames;
  email: string | null;
  number: string | null;
}

interface ErasePlan {
  /** Where their name is looked for in every text column. */
  partnershipIds: number[];
  people: ErasedPerson[];
  accountErased: boolean;
}

const studentPerson = (s: StudentSubject): ErasedPerson => ({
  root: 'student',
  id: s.id,
  names: { fullName: s.name, firstName: s.firstName, lastName: s.lastName },
  email: s.email,
  number: s.studentNumber,
});

function accountPerson(ctx: ServiceContext, userId: number): ErasedPerson {
  const u = ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).get()!;
  return { root: 'user', id: userId, names: { fullName: u.name }, email: u.email, number: null };
}

const hasRolesElsewhere = (ctx: ServiceContext, userId: number) =>
  ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), ne(memberships.partnershipId, ctx.actor.partnershipId)))
    .limit(1)
    .get() !== undefined;

/** A student record; their account goes too unless it is also used in another partnership (or is the actor's). */
function studentPlan(ctx: ServiceContext, s: StudentSubject): ErasePlan {
  const people = [studentPerson(s)];
  const withAccount = s.userId !== null && s.userId !== ctx.actor.userId && !hasRolesElsewhere(ctx, s.userId);
  if (withAccount) people.push(accountPerson(ctx, s.userId!));
  return { partnershipIds: [ctx.actor.partnershipId], people, accountErased: withAccount };
}

/**
 * A person with roles here only. Their name is looked for here and in any partnership where rows still
 * point at them (texts they wrote where they once had a role): the account is one identity.
 */
function personPlan(ctx: ServiceContext, p: PersonSubject): ErasePlan {
  const sqlite = ctx.db.$client;
  const schema = readSchema(sqlite);
  const traces = partnershipsOf(sqlite, schema, walkPerson(sqlite, schema, 'user', p.id, null));
  const people = [
    accountPerson(ctx, p.id),
    ...studentsOfAccount(ctx, p.id).map((sid) => studentPerson(loadStudent(ctx, sid))),
  ];
  return { partnershipIds: [...new Set([ctx.actor.partnershipId, ...traces])], people, accountErased: true };
}

const formsOf = (p: ErasedPerson) => [
  ...nameForms(p.names),
  ...(p.email ? [p.email] : []),
  ...(p.number && p.number.length >= 4 ? [p.number] : []),
];

export async function eraseSubject(ctx: ServiceContext, input: EraseInput) {
  const subject = loadSubject(ctx, input);
  if (subject.erased) throw new AppError('CONFLICT', 'e.privacy.alreadyErased');
  if (subject.kind === 'person' && subject.id === ctx.actor.userId)
    throw new AppError('BAD_REQUEST', 'e.privacy.ownAccount');
  if (subject.kind === 'person' && subject.otherPartnerships)
    throw new AppError('CONFLICT', 'e.privacy.otherPartnership');
  if (!sameName(input.confirmation, subject.name))
    throw new AppError('BAD_REQUEST', 'v.privacy.confirmation', 'confirmation');
  const counts = runErasure(
    ctx,
    subject,
    subject.kind === 'student' ? studentPlan(ctx, subject) : personPlan(ctx, subject),
  );
  // The WAL is emptied from a worker thread: the server keeps answering meanwhile (compaction.ts).
  return { ...counts, ...(await compactOffThread(ctx.db.$client)) };
}

/**
 * An erasure made before, carried out again on a restored backup (server/ops/reapply-erasures.ts): the
 * checks were passed when it was first made. Returns null when there is nothing left to erase (the
 * person is not in the backup, or is erased there already).
 */
export function eraseAgain(ctx: ServiceContext, input: { subject: 'student' | 'person'; id: number }) {
  let subject: Subject;
  try {
    subject = loadSubject(ctx, input);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
  if (subject.erased) return null;
  const counts = runErasure(
    ctx,
    subject,
    subject.kind === 'student' ? studentPlan(ctx, subject) : personPlan(ctx, subject),
    { afterRestore: true },
  );
  // The server is stopped during a restore: emptying the WAL right here blocks no one.
  return { ...counts, ...compactFile(ctx.db.$client) };
}

/**
 * One transaction: names out of every text column, the person's own texts blanked, their rows
 * blanked field by field, invitations deleted, sessions ended, the search index merged; secure_delete has
 * zeroed the freed bytes. The callers then empty the WAL of the old pages (file-hygiene.ts, compaction.ts).
 * Rows stay: every count stays.
 */
function runErasure(ctx: ServiceContext, subject: Subject, plan: ErasePlan, note: { afterRestore?: true } = {}) {
  const sqlite = ctx.db.$client;
  const schema = readSchema(sqlite);
  const everyone = matcher(plan.people.flatMap(formsOf), ERASED);
  return ctx.db.transaction(() => {
    let rows = scrubPartnerships(sqlite, schema, everyone, plan.partnershipIds);
    let texts = 0;
    let profiles = 0;
    for (const person of plan.people) {
      const walked = walkPerson(sqlite, schema, person.root, person.id, null);
      // In rows about them, their first name alone is them too ("Sanne liet zien…").
      const first = firstNameOf(person.names);
      rows += scrubRows(
        sqlite,
        schema,
        matcher([...formsOf(person), ...(first ? [first] : [])], ERASED),
        walked.filter((w) => w.relation === 'subject'),
      );
      rows += scrubRows(
        sqlite,
        schema,
        everyone,
        walked.filter((w) => w.relation === 'author'),
      );
      texts += blankOwnTexts(sqlite, person);
      blankPersonRow(sqlite, person, ctx.clock.now());
      // A profile against the Beroepsbeeld exists by consent only (decision 090): erased, it is gone, not blanked.
      if (person.root === 'user') profiles += deleteProfilesOf(ctx.db, person.id, plan.partnershipIds);
    }
    const invites = deleteInvites(sqlite, plan);
    optimizeSearchIndexes(sqlite);
    const detail = { rows, texts, invites, profiles, accountErased: plan.accountErased, ...note };
    auditAs(ctx, { action: 'privacy.erase', subjectType: auditTypeOf(subject), subjectId: subject.id, detail });
    return detail;
  });
}

/** Their reflections, notes about them, their hour notes: the same columns the retention terms blank. */
function blankOwnTexts(sqlite: Database.Database, person: ErasedPerson): number {
  let n = 0;
  for (const rule of RETENTION_RULES) {
    const own = rule.ownText;
    if (!own || own.personColumn !== `${person.root}_id`) continue;
    n += sqlite
      .prepare(
        `UPDATE ${own.table} SET ${blank(own.columns)} WHERE ${own.personColumn} = ? AND ${notBlank(own.columns)}`,
      )
      .run(person.id).changes;
  }
  return n;
}

/**
 * The blanked row gets a new revision (decision 080): an edit form opened before the erasure is refused
 * instead of writing the name back. Nobody is named as the one who changed it ("iemand anders").
 */
const NEXT_REVISION = 'revision = revision + 1, updated_by = NULL, updated_at = ?';

function blankPersonRow(sqlite: Database.Database, person: ErasedPerson, now: number): void {
  if (person.root === 'student') {
    sqlite
      .prepare(
        `UPDATE student SET first_name = '${ERASED}', last_name = '', email = NULL, student_number = NULL, home_lat = NULL, home_lon = NULL, ${NEXT_REVISION} WHERE id = ?`,
      )
      .run(now, person.id);
    return;
  }
  // The e-mail column is unique and required: a placeholder that can never receive mail (.invalid).
  sqlite
    .prepare(
      `UPDATE "user" SET name = '${ERASED}', email = 'verwijderd-' || id || '@verwijderd.invalid', password_hash = NULL, disabled_at = coalesce(disabled_at, ?), ${NEXT_REVISION} WHERE id = ?`,
    )
    .run(now, now, person.id);
  sqlite.prepare('DELETE FROM session WHERE user_id = ?').run(person.id);
  if (person.email)
    sqlite.prepare("DELETE FROM login_failure WHERE lower(key) = lower('email:' || ?)").run(person.email);
}

function deleteInvites(sqlite: Database.Database, plan: ErasePlan): number {
  const studentIds = plan.people.filter((p) => p.root === 'student').map((p) => p.id);
  const emails = plan.people.flatMap((p) => (p.email ? [p.email.toLowerCase()] : []));
  return sqlite
    .prepare(
      'DELETE FROM invite WHERE partnership_id IN (SELECT value FROM json_each(?)) AND (student_id IN (SELECT value FROM json_each(?)) OR lower(email) IN (SELECT value FROM json_each(?)))',
    )
    .run(JSON.stringify(plan.partnershipIds), JSON.stringify(studentIds), JSON.stringify(emails)).changes;
}
