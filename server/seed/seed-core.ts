import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import {
  cohorts,
  memberships,
  organisations,
  partnershipOrganisations,
  partnerships,
  periods,
  programmes,
  schoolYears,
  students,
  topLocations,
  users,
} from '../../db/schema';
import type { DemoAccount, DemoPartnership } from './demo-data';
import { FIRST_NAMES, LAST_NAMES } from './demo-data';
import { seededRandom } from './random';

export interface DemoPartnershipIds {
  partnershipId: number;
  organisationIds: Record<string, number>;
  locationIds: number[];
  locationIdByName: Record<string, number>;
  programmeIdByCode: Record<string, number>;
  schoolYearId: number;
  periodIds: number[];
  cohortId: number;
  /** Students of the class (~25), then the others. */
  cohortStudentIds: number[];
  studentIds: number[];
  userIdByEmail: Record<string, number>;
}
export type DemoRegion = Record<DemoPartnership['key'], DemoPartnershipIds>;

const SCHOOL_YEAR = { label: '2026-2027', startsOn: '2026-08-01', endsOn: '2027-07-31' };
const PERIODS = [
  { name: 'Periode 1', startsOn: '2026-08-31', endsOn: '2026-11-08' },
  { name: 'Periode 2', startsOn: '2026-11-09', endsOn: '2027-01-31' },
  { name: 'Periode 3', startsOn: '2027-02-01', endsOn: '2027-04-18' },
  { name: 'Periode 4', startsOn: '2027-04-19', endsOn: '2027-07-16' },
];
const COHORT_SIZE = 25;

export function seedCore(
  db: Db,
  clock: Clock,
  demo: DemoPartnership[],
  shared: DemoAccount,
  passwordHash: string,
): DemoRegion {
  const now = clock.now();
  const random = seededRandom(2026);
  const region = {} as DemoRegion;
  // Student names are unique across the whole region, so that one partnership's names never show up
  // by coincidence in another's lists (the separation tests look for exactly that).
  const usedNames = new Set(
    demo.flatMap((p) => p.accounts.filter((a) => a.roles.includes('student')).map((a) => a.name.replace(' ', ''))),
  );
  const sharedUser = db
    .insert(users)
    .values({ email: shared.email, name: shared.name, passwordHash, createdAt: now })
    .returning()
    .get();

  for (const p of demo) {
    const partnershipId = db
      .insert(partnerships)
      .values({ name: p.name, region: p.region, createdAt: now })
      .returning()
      .get().id;
    const organisationIds: Record<string, number> = {};
    for (const o of p.organisations) {
      const id = db
        .insert(organisations)
        .values({ ...o, createdAt: now })
        .returning()
        .get().id;
      db.insert(partnershipOrganisations).values({ partnershipId, organisationId: id }).run();
      organisationIds[o.name] = id;
    }
    const locationIdByName: Record<string, number> = {};
    for (const l of p.locations) {
      const { organisation, ...fields } = l;
      locationIdByName[l.name] = db
        .insert(topLocations)
        .values({ ...fields, partnershipId, organisationId: organisationIds[organisation]!, createdAt: now })
        .returning()
        .get().id;
    }
    const programmeIdByCode: Record<string, number> = {};
    for (const pr of p.programmes) {
      const { institution, ...fields } = pr;
      programmeIdByCode[pr.code] = db
        .insert(programmes)
        .values({ ...fields, partnershipId, institutionId: organisationIds[institution]!, createdAt: now })
        .returning()
        .get().id;
    }
    const schoolYearId = db
      .insert(schoolYears)
      .values({ ...SCHOOL_YEAR, partnershipId })
      .returning()
      .get().id;
    const periodIds = PERIODS.map(
      (period) =>
        db
          .insert(periods)
          .values({ ...period, schoolYearId })
          .returning()
          .get().id,
    );
    const cohortId = db
      .insert(cohorts)
      .values({
        name: p.cohort.name,
        partnershipId,
        institutionId: organisationIds[p.cohort.institution]!,
        programmeId: programmeIdByCode[p.cohort.programme]!,
        schoolYearId,
        createdAt: now,
      })
      .returning()
      .get().id;

    // Students: the class first (in its programme, or every third in `alsoProgramme`), the rest spread over the other programmes.
    const otherCodes = p.programmes.map((pr) => pr.code).filter((c) => c !== p.cohort.programme);
    const studentIds: number[] = [];
    for (let i = 0; i < p.studentCount; i++) {
      let firstName: string, lastName: string;
      do {
        firstName = random.pick(FIRST_NAMES);
        lastName = random.pick(LAST_NAMES);
      } while (usedNames.has(firstName + lastName));
      usedNames.add(firstName + lastName);
      const inCohort = i < COHORT_SIZE;
      const base = p.locations[i % p.locations.length]!;
      studentIds.push(
        db
          .insert(students)
          .values({
            partnershipId,
            firstName,
            lastName,
            email:
              `${firstName}.${lastName}`
                .toLowerCase()
                .normalize('NFD')
                .replace(/[^a-z.]/g, '') + `@student.${p.key}.demo`,
            studentNumber: String(100000 + i * 37 + (p.key === 'eindhoven' ? 1 : 2)),
            programmeId:
              programmeIdByCode[inCohort ? cohortProgramme(p.cohort, i) : otherCodes[i % otherCodes.length]!]!,
            cohortId: inCohort ? cohortId : null,
            schoolYearId,
            homeLat: Math.round((base.lat + (random.next() - 0.5) * 0.12) * 1e4) / 1e4,
            homeLon: Math.round((base.lon + (random.next() - 0.5) * 0.18) * 1e4) / 1e4,
            createdAt: now,
          })
          .returning()
          .get().id,
      );
    }

    const userIdByEmail: Record<string, number> = { [shared.email]: sharedUser.id };
    for (const a of p.accounts) {
      const userId = db
        .insert(users)
        .values({ email: a.email, name: a.name, passwordHash, createdAt: now })
        .returning()
        .get().id;
      userIdByEmail[a.email] = userId;
      for (const role of a.roles) {
        db.insert(memberships)
          .values({
            userId,
            partnershipId,
            role,
            topLocationId: a.location ? locationIdByName[a.location]! : null,
            organisationId: a.organisation ? organisationIds[a.organisation]! : null,
            createdAt: now,
          })
          .run();
      }
      if (a.roles.includes('student')) {
        // The demo student is the first of the class, under their own name and their own address (the
        // generated address belonged to the generated name: Sanne Jansen's dossier said quinten.degroot@…).
        const [firstName, ...rest] = a.name.split(' ');
        db.update(students)
          .set({ userId, firstName: firstName!, lastName: rest.join(' '), email: a.email })
          .where(eq(students.id, studentIds[0]!))
          .run();
      }
    }
    for (const role of shared.roles)
      db.insert(memberships).values({ userId: sharedUser.id, partnershipId, role, createdAt: now }).run();

    region[p.key] = {
      partnershipId,
      organisationIds,
      locationIds: Object.values(locationIdByName),
      locationIdByName,
      programmeIdByCode,
      schoolYearId,
      periodIds,
      cohortId,
      cohortStudentIds: studentIds.slice(0, COHORT_SIZE),
      studentIds,
      userIdByEmail,
    };
  }
  return region;
}

/** The programme of the class's i-th student: every third follows `alsoProgramme` when the class has one. */
function cohortProgramme(cohort: { programme: string; alsoProgramme?: string }, i: number): string {
  return cohort.alsoProgramme !== undefined && i % 3 === 2 ? cohort.alsoProgramme : cohort.programme;
}
