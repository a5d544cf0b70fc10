import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, students } from '../../db/schema';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';

let fx: DemoFixture;
let beheer: ReturnType<typeof callerFor>;
beforeEach(async () => {
  fx = await demoFixture();
  beheer = callerFor(fx, 'beheer@eindhoven.demo');
});

describe('programmes', () => {
  it('refuses a duplicate code in the same partnership, at the code field', async () => {
    const pw3 = fx.region.eindhoven.programmeIdByCode['pw3']!;
    const all = await beheer.programmes.list();
    const existing = all.find((p) => p.id === pw3)!;
    const f = await failure(
      beheer.programmes.create({
        name: 'Nog een',
        code: 'pw3',
        institutionId: existing.institutionId,
        nlqfLevel: 3,
        route: 'bol',
        daysPerWeek: 3,
      }),
    );
    expect(f.code).toBe('CONFLICT');
    expect(f.message).toBe('e.codeTaken');
  });

  it('only lets a hogeschool or roc offer a programme', async () => {
    const signum = fx.region.eindhoven.organisationIds['Signum Onderwijs']!;
    const f = await failure(
      beheer.programmes.create({
        name: 'X',
        code: 'x',
        institutionId: signum,
        nlqfLevel: 4,
        route: 'bol',
        daysPerWeek: 2,
      }),
    );
    expect(f.code).toBe('BAD_REQUEST');
  });

  it('cannot delete a programme students follow', async () => {
    const f = await failure(beheer.programmes.remove({ id: fx.region.eindhoven.programmeIdByCode['pw3']! }));
    expect(f.code).toBe('CONFLICT');
    expect(f.message).toBe('e.inUse');
  });
});

describe('organisations', () => {
  it('cannot take out an organisation whose locations remain', async () => {
    const f = await failure(
      beheer.organisations.remove({ id: fx.region.eindhoven.organisationIds['Signum Onderwijs']! }),
    );
    expect(f.message).toBe('e.inUse');
    expect((await beheer.organisations.list()).map((o) => o.name)).toContain('Signum Onderwijs');
  });

  it('adds a new organisation to the own partnership only', async () => {
    await beheer.organisations.create({ name: 'Gemeente Eindhoven', type: 'gemeente' });
    expect((await beheer.organisations.list()).map((o) => o.name)).toContain('Gemeente Eindhoven');
    const rotterdam = callerFor(fx, 'beheer@rotterdam.demo');
    expect((await rotterdam.organisations.list()).map((o) => o.name)).not.toContain('Gemeente Eindhoven');
  });
});

describe('locations', () => {
  it('stores open days sorted and without duplicates, and refuses half coordinates', async () => {
    const org = fx.region.eindhoven.organisationIds['Signum Onderwijs']!;
    const { id } = await beheer.locations.create({
      name: 'IKC Nieuw',
      organisationId: org,
      address: 'Laan 1',
      city: 'Best',
      openDays: [4, 1, 4],
    });
    expect((await beheer.locations.get({ id })).openDays).toEqual([1, 4]);
    await expect(
      beheer.locations.create({
        name: 'IKC Half',
        organisationId: org,
        address: 'Laan 2',
        city: 'Best',
        openDays: [1],
        lat: 51.5,
      }),
    ).rejects.toThrow();
  });
});

describe('school years', () => {
  it('keeps a period inside its school year', async () => {
    const f = await failure(
      beheer.schoolYears.createPeriod({
        schoolYearId: fx.region.eindhoven.schoolYearId,
        name: 'Te laat',
        startsOn: '2027-07-01',
        endsOn: '2027-09-01',
      }),
    );
    expect(f.message).toBe('v.dateOutsideYear');
  });
  it('refuses a label that is not two consecutive years', async () => {
    await expect(
      beheer.schoolYears.create({ label: '2027-2029', startsOn: '2027-08-01', endsOn: '2028-07-31' }),
    ).rejects.toThrow();
  });
});

describe('students and the audit trail', () => {
  it('audits every view of the list and of one student, with who and when', async () => {
    const mentor = callerFor(fx, 'mentor@eindhoven.demo');
    const id = fx.region.eindhoven.studentIds[5]!;
    await mentor.students.list({ search: '' });
    await mentor.students.get({ id });
    const events = fx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.partnershipId, fx.region.eindhoven.partnershipId))
      .all();
    expect(events.find((e) => e.action === 'student.list')).toBeTruthy();
    expect(events.find((e) => e.action === 'student.view' && e.subjectId === String(id))?.at).toBe(fx.clock.now());
  });

  it('searches names with % and _ as plain characters', async () => {
    expect(await beheer.students.list({ search: '%' })).toEqual([]);
    const first = fx.db.select().from(students).where(eq(students.id, fx.region.eindhoven.studentIds[1]!)).get()!;
    const found = await beheer.students.list({ search: first.lastName.slice(0, 4) });
    expect(found.map((s) => s.id)).toContain(first.id);
  });

  it('shows a student only their own record', async () => {
    const student = callerFor(fx, 'student@eindhoven.demo');
    const mine = await student.students.mine();
    expect(mine?.firstName).toBe('Sanne');
    await expect(student.students.get({ id: fx.region.eindhoven.studentIds[2]! })).rejects.toThrow();
  });
});

describe('people and invitations', () => {
  it('invites a new person: the link works once, makes the account with its role', async () => {
    const result = await beheer.people.invite({ name: 'Ilse Nieuw', email: 'Ilse@Example.org', role: 'mentor' });
    expect(result.kind).toBe('invited');
    const token = result.link.split('/').pop()!;
    const anonymous = callerFor(fx, 'beheer@eindhoven.demo');
    expect((await anonymous.people.inviteInfo({ token })).email).toBe('ilse@example.org');
    await anonymous.people.acceptInvite({ token, password: 'een heel goed wachtwoord' });
    await expect(anonymous.people.acceptInvite({ token, password: 'een heel goed wachtwoord' })).rejects.toThrow();
    const people = await beheer.people.list();
    expect(people.people.find((p) => p.email === 'ilse@example.org')?.roles.map((r) => r.role)).toEqual(['mentor']);
  });

  it('expired invitations no longer work', async () => {
    const result = await beheer.people.invite({ name: 'Laat', email: 'laat@example.org', role: 'mentor' });
    const token = result.link.split('/').pop()!;
    fx.clock.advance(15 * 24 * 60 * 60_000);
    await expect(beheer.people.inviteInfo({ token })).rejects.toThrow();
  });

  it('gives an existing account no role until that person accepts', async () => {
    const result = await beheer.people.invite({
      name: 'Petra',
      email: 'projectleider@eindhoven.demo',
      role: 'regiegroep',
    });
    expect(result.kind).toBe('invited');
    const petra = (await beheer.people.list()).people.find((p) => p.email === 'projectleider@eindhoven.demo')!;
    expect(petra.roles.map((r) => r.role)).toEqual(['projectleider']);
  });

  it('keeps at least one beheerder and does not let one block themself', async () => {
    const me = (await beheer.people.list()).people.find((p) => p.email === 'beheer@eindhoven.demo')!;
    expect(
      (await failure(beheer.people.removeRole({ userId: me.id, revision: me.revision, role: 'beheerder' }))).message,
    ).toBe('e.lastBeheerder');
    expect(
      (await failure(beheer.people.setBlocked({ userId: me.id, revision: me.revision, blocked: true }))).message,
    ).toBe('e.ownAccount');
  });

  it('needs a TOP-locatie for the locatie role', async () => {
    await expect(beheer.people.invite({ name: 'Loc', email: 'loc@example.org', role: 'locatie' })).rejects.toThrow();
  });

  it('links a student account to its student record', async () => {
    const studentId = fx.region.eindhoven.studentIds[7]!;
    const result = await beheer.people.invite({
      name: 'Student Zeven',
      email: 'zeven@example.org',
      role: 'student',
      studentId,
    });
    const token = result.link.split('/').pop()!;
    await beheer.people.acceptInvite({ token, password: 'nog een goed wachtwoord' });
    const row = fx.db
      .select()
      .from(students)
      .where(and(eq(students.id, studentId)))
      .get()!;
    expect(row.userId).not.toBeNull();
  });
});
