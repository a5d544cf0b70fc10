/**
 * The child of the crash test: writes through the real data layer and services, one transaction of
 * several rows per step (a class with four students, each with its audit event), and prints the id of
 * every step whose commit has returned ("ack <id>"). Killed with SIGKILL at a random moment.
 *
 * Usage: writer <database> <steps> [<tag>]
 */
import { eq } from 'drizzle-orm';
import { openDb, migrateDb } from '../../db/client';
import { memberships, schoolYears, users } from '../../db/schema';
import { systemClock } from '../../server/clock';
import { loadActor } from '../../server/auth/actor';
import { createCohort } from '../../server/features/cohorts/cohorts.service';
import { createStudent } from '../../server/features/students/students.service';
import { seedDemoIfEmpty } from '../../server/seed/demo';

export const STUDENTS_PER_STEP = 4;

const [path, stepsArg, tag = 'w'] = process.argv.slice(2);
const db = openDb(path!);
migrateDb(db);
await seedDemoIfEmpty(db, systemClock);

const beheer = db.select().from(users).where(eq(users.email, 'beheer@eindhoven.demo')).get()!;
const membership = db.select().from(memberships).where(eq(memberships.userId, beheer.id)).get()!;
const actor = loadActor(db, {
  id: 0,
  userId: beheer.id,
  partnershipId: membership.partnershipId,
  createdAt: Date.now(),
})!;
const ctx = { db, clock: systemClock, actor };
const year = db.select().from(schoolYears).where(eq(schoolYears.partnershipId, actor.partnershipId)).get()!;
const institutionId = db.$client
  .prepare("SELECT id FROM organisation WHERE type = 'roc' ORDER BY id LIMIT 1")
  .pluck()
  .get() as number;
const programmeId = db.$client
  .prepare('SELECT id FROM programme WHERE partnership_id = ? ORDER BY id LIMIT 1')
  .pluck()
  .get(actor.partnershipId) as number;

const steps = Number(stepsArg ?? '1000000');
for (let i = 0; i < steps; i++) {
  const { id } = db.transaction(() => {
    const cohort = createCohort(ctx, {
      name: `crash-${tag}-${i}`,
      institutionId,
      programmeId,
      schoolYearId: year.id,
      startSchoolYearId: null,
      programmeYears: 2,
    });
    for (let s = 0; s < STUDENTS_PER_STEP; s++) {
      createStudent(ctx, {
        firstName: `S${s}`,
        lastName: `${tag}-${i}`,
        email: '',
        studentNumber: '',
        programmeId,
        cohortId: cohort.id,
        schoolYearId: year.id,
        homeLat: null,
        homeLon: null,
      });
    }
    return cohort;
  });
  process.stdout.write(`ack ${id}\n`);
}
db.$client.close();
