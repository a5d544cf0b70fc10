import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { cohorts, partnerships, programmes, students, topLocations } from '../../db/schema';
import { seedDemoIfEmpty } from '../../server/seed/demo';
import { fakeClock } from '../../server/clock';
import { createTestDb } from '../helpers/db';
import { DEMO_PASSWORD } from '../../server/seed/demo-data';
import { login } from '../../server/auth/login';

const ACCOUNTS = [
  'projectleider@eindhoven.demo',
  'mentor@eindhoven.demo',
  'regiegroep@eindhoven.demo',
  'student@eindhoven.demo',
  'projectleider@rotterdam.demo',
  'mentor@rotterdam.demo',
  'regiegroep@rotterdam.demo',
  'beheer@eindhoven.demo',
];

describe('demo region', async () => {
  const db = createTestDb();
  const clock = fakeClock();
  const seeded = await seedDemoIfEmpty(db, clock);

  it('is seeded once, on an empty database only', async () => {
    expect(seeded).toBe(true);
    expect(await seedDemoIfEmpty(db, clock)).toBe(false);
    expect(db.select({ n: count() }).from(partnerships).get()!.n).toBe(2);
  });

  it.each([
    ['Werkplaats Kind & Educatie Eindhoven', 6, 'Kindcentrum Wittering.nl'],
    ['Samen Opleiden Rotterdam Rijnmond', 6, 'Kindcentrum De Havenkikker'],
  ])('%s has its locations, programmes, a class of about 25 and 60+ students', (name, minLocations, aLocation) => {
    const p = db.select().from(partnerships).where(eq(partnerships.name, name)).get()!;
    const locs = db.select().from(topLocations).where(eq(topLocations.partnershipId, p.id)).all();
    expect(locs.length).toBeGreaterThanOrEqual(minLocations);
    expect(locs.map((l) => l.name)).toContain(aLocation);
    const codes = db
      .select()
      .from(programmes)
      .where(eq(programmes.partnershipId, p.id))
      .all()
      .map((x) => x.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'pabo-vt',
        'pabo-dt',
        'jonge-kind',
        'ad-pep',
        'pw3',
        'pw4',
        'oa',
        'sport-bewegen',
        'welzijn',
      ]),
    );
    expect(
      db.select({ n: count() }).from(students).where(eq(students.partnershipId, p.id)).get()!.n,
    ).toBeGreaterThanOrEqual(60);
    const cohort = db.select().from(cohorts).where(eq(cohorts.partnershipId, p.id)).get()!;
    const size = db.select({ n: count() }).from(students).where(eq(students.cohortId, cohort.id)).get()!.n;
    expect(size).toBeGreaterThanOrEqual(20);
    expect(size).toBeLessThanOrEqual(30);
  });

  it.each(ACCOUNTS)('%s logs in with the demo password', async (email) => {
    expect((await login(db, clock, { email, password: DEMO_PASSWORD, ip: '127.0.0.1' })).kind).toBe('ok');
  });

  // Regression: the demo student took over the first generated student's record but kept its address,
  // so Sanne Jansen's dossier showed quinten.degroot@…; every address now belongs to its own student.
  it("gives every student their own e-mail address (the demo student's is their login)", () => {
    const all = db.select().from(students).all();
    const plain = (s: string) =>
      s
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '');
    const sanne = all.find((s) => s.firstName === 'Sanne' && s.lastName === 'Jansen' && s.userId !== null)!;
    expect(sanne.email).toBe('student@eindhoven.demo');
    expect(all.filter((s) => s.firstName === 'Sanne' && s.lastName === 'Jansen')).toHaveLength(1);
    for (const s of all.filter((x) => x.userId === null)) {
      expect(plain(s.email!.split('@')[0]!), `${s.firstName} ${s.lastName}`).toBe(plain(s.firstName + s.lastName));
    }
  });
});
