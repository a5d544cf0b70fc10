/**
 * The administration's records and the knowledge base's categories and adoptions carry a revision too
 * (decision 080): a stale save is refused over HTTP with 409/CONFLICT naming who saved in between and
 * when, nothing of it is written, and a fresh save passes. Two beheerders: Bram, and Petra given the role.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  adoptions,
  cohorts,
  knowledgeCategories,
  organisations,
  periods,
  programmes,
  students,
  topLocations,
  users,
} from '../../db/schema';
import { DEMO_PASSWORD } from '../../server/seed/demo-data';
import { callerFor } from '../helpers/demo';
import { EMAIL, locationsOf, newPrinciple } from '../helpers/knowledge';
import { failure } from '../helpers/failure';
import { loginAs, testServer, type TestServer } from '../helpers/server';
import { expectRevisionGuard, post, sessionOf } from '../helpers/revisions';

const BRAM = 'beheer@eindhoven.demo';
const PETRA = 'projectleider@eindhoven.demo';

let s: TestServer;
const ids = () => s.region.eindhoven;
beforeAll(async () => {
  s = await testServer();
  const petra = (await callerFor(s, BRAM).people.list()).people.find((p) => p.email === PETRA)!;
  await callerFor(s, BRAM).people.addRole({ userId: petra.id, revision: petra.revision, role: 'beheerder' });
});

/** One row's columns as stored, without who and when. */
function row<T extends Record<string, unknown>>(value: T | undefined) {
  const { revision: _r, updatedBy: _b, updatedAt: _a, createdAt: _c, ...fields } = value!;
  return fields;
}

describe('the administration', () => {
  it('an organisation', async () => {
    const id = ids().organisationIds['Signum Onderwijs']!;
    await expectRevisionGuard(s, {
      path: 'organisations.update',
      first: BRAM,
      second: PETRA,
      table: organisations,
      id,
      input: (revision) => ({ id, revision, name: `Signum bij revisie ${revision}`, type: 'schoolbestuur' }),
      noun: 'Deze organisatie',
      stored: () => row(s.db.select().from(organisations).where(eq(organisations.id, id)).get()),
    });
  });

  it('a TOP-locatie', async () => {
    const id = ids().locationIds[0]!;
    const { partnershipId: _p, ...current } = row(
      s.db.select().from(topLocations).where(eq(topLocations.id, id)).get(),
    );
    await expectRevisionGuard(s, {
      path: 'locations.update',
      first: BRAM,
      second: PETRA,
      table: topLocations,
      id,
      input: (revision) => ({ ...current, id, revision, city: `Stad ${revision}` }),
      noun: 'Deze TOP-locatie',
      stored: () => row(s.db.select().from(topLocations).where(eq(topLocations.id, id)).get()),
    });
  });

  it('a class', async () => {
    const id = ids().cohortId;
    const { partnershipId: _p, ...current } = row(s.db.select().from(cohorts).where(eq(cohorts.id, id)).get());
    await expectRevisionGuard(s, {
      path: 'cohorts.update',
      first: PETRA,
      second: BRAM,
      table: cohorts,
      id,
      input: (revision) => ({ ...current, id, revision, name: `Klas ${revision}` }),
      noun: 'Deze klas',
      stored: () => row(s.db.select().from(cohorts).where(eq(cohorts.id, id)).get()),
    });
  });

  it('a programme', async () => {
    const id = ids().programmeIdByCode['pw3']!;
    const { partnershipId: _p, ...current } = row(s.db.select().from(programmes).where(eq(programmes.id, id)).get());
    await expectRevisionGuard(s, {
      path: 'programmes.update',
      first: BRAM,
      second: PETRA,
      table: programmes,
      id,
      input: (revision) => ({ ...current, id, revision, daysPerWeek: 2 + (revision % 2) }),
      noun: 'Deze opleiding',
      stored: () => row(s.db.select().from(programmes).where(eq(programmes.id, id)).get()),
    });
  });

  it('a student (the form reads the revision with the audited record)', async () => {
    const id = ids().studentIds[3]!;
    const { hasAccount: _h, revision: read, ...record } = await callerFor(s, BRAM).students.get({ id });
    expect(read).toBe(0);
    await expectRevisionGuard(s, {
      path: 'students.update',
      first: PETRA,
      second: BRAM,
      table: students,
      id,
      input: (revision) => ({ ...record, revision, lastName: `Achternaam ${revision}` }),
      noun: 'Deze student',
      stored: () => row(s.db.select().from(students).where(eq(students.id, id)).get()),
    });
  });

  it('a period', async () => {
    const id = ids().periodIds[1]!;
    const current = row(s.db.select().from(periods).where(eq(periods.id, id)).get());
    expect((await callerFor(s, BRAM).schoolYears.list())[0]!.periods[1]).toMatchObject({ id, revision: 0 });
    await expectRevisionGuard(s, {
      path: 'schoolYears.updatePeriod',
      first: BRAM,
      second: PETRA,
      table: periods,
      id,
      input: (revision) => ({ ...current, revision, name: `Periode bij revisie ${revision}` }),
      noun: 'Deze periode',
      stored: () => row(s.db.select().from(periods).where(eq(periods.id, id)).get()),
    });
  });

  it('an organisation shared with another partnership: its beheerder is refused too, and not told who', async () => {
    const id = ids().organisationIds['Kinderopvang De Boomhut']!;
    s.db.$client
      .prepare('INSERT INTO partnership_organisation (partnership_id, organisation_id) VALUES (?, ?)')
      .run(s.region.rotterdam.partnershipId, id);
    const read = (await callerFor(s, 'beheer@rotterdam.demo').organisations.list()).find((o) => o.id === id)!.revision;
    await callerFor(s, BRAM).organisations.update({ id, revision: read, name: 'De Boomhut', type: 'kinderopvang' });
    const rotterdam = await sessionOf(s.app, 'beheer@rotterdam.demo');
    const stale = await post(s.app, rotterdam, 'organisations.update', {
      id,
      revision: read,
      name: 'Boomhut Rijnmond',
      type: 'kinderopvang',
    });
    expect(stale.statusCode).toBe(409);
    const error = (JSON.parse(stale.body) as { error: { message: string; data: { conflict: unknown } } }).error;
    expect(error.message).toMatch(
      /^Deze organisatie is intussen gewijzigd door iemand anders op \d{2}-\d{2}-\d{4} om /,
    );
    expect(error.data.conflict).toMatchObject({ revision: read + 1, updatedBy: '' });
    expect(s.db.select().from(organisations).where(eq(organisations.id, id)).get()!.name).toBe('De Boomhut');
  });
});

describe('the knowledge base', () => {
  it('a category of the partnership', async () => {
    const { id } = await callerFor(s, EMAIL.projectleider).knowledge.createCategory({ name: 'Buitenspelen' });
    const listed = (await callerFor(s, EMAIL.regiegroep).knowledge.options()).categories.find((c) => c.id === id)!;
    expect(listed.revision).toBe(0);
    await expectRevisionGuard(s, {
      path: 'knowledge.renameCategory',
      first: EMAIL.projectleider,
      second: EMAIL.regiegroep,
      table: knowledgeCategories,
      id,
      input: (revision) => ({ id, revision, name: `Buitenspelen ${revision}` }),
      noun: 'Deze categorie',
      stored: () => s.db.select().from(knowledgeCategories).where(eq(knowledgeCategories.id, id)).get()!.name,
    });
  });

  it('an adoption at another TOP-locatie', async () => {
    const principle = await newPrinciple(s);
    const { id } = await callerFor(s, EMAIL.projectleider).knowledge.addAdoption({
      principleId: principle.id,
      locationId: locationsOf(s).regenboog,
      adoptedOn: '2026-10-01',
      adaptation: 'Eerst in één groep',
      outcome: '',
    });
    const read = await callerFor(s, EMAIL.regiegroep).knowledge.getPrinciple({ id: principle.id });
    expect(read.adoptions.find((a) => a.id === id)?.revision).toBe(0);
    await expectRevisionGuard(s, {
      path: 'knowledge.updateAdoption',
      first: EMAIL.regiegroep,
      second: EMAIL.projectleider,
      table: adoptions,
      id,
      input: (revision) => ({ id, revision, adoptedOn: '2026-10-01', adaptation: '', outcome: `Uitkomst ${revision}` }),
      noun: 'Deze overname',
      stored: () => s.db.select().from(adoptions).where(eq(adoptions.id, id)).get()!.outcome,
    });
  });
});

describe('a person (the account)', () => {
  const mentorId = () => ids().userIdByEmail['mentor@eindhoven.demo']!;
  const rolesOf = (userId: number) =>
    s.db.$client
      .prepare(
        'SELECT role, blocked_at AS blockedAt FROM membership WHERE user_id = ? AND partnership_id = ? ORDER BY role',
      )
      .all(userId, ids().partnershipId);

  it("blocking: a beheerder acting on a people page from before the other's change is refused", async () => {
    const id = mentorId();
    await expectRevisionGuard(s, {
      path: 'people.setBlocked',
      first: BRAM,
      second: PETRA,
      table: users,
      id,
      input: (revision) => ({ userId: id, revision, blocked: revision % 2 === 0 }),
      noun: 'Deze persoon',
      stored: () => rolesOf(id),
    });
  });

  it('adding and removing a role send the revision too', async () => {
    const id = mentorId();
    const read = (await callerFor(s, PETRA).people.list()).people.find((p) => p.id === id)!.revision;
    await callerFor(s, BRAM).people.addRole({ userId: id, revision: read, role: 'regiegroep' });
    const before = rolesOf(id);
    const add = await failure(
      callerFor(s, PETRA).people.addRole({ userId: id, revision: read, role: 'projectleider' }),
    );
    const remove = await failure(callerFor(s, PETRA).people.removeRole({ userId: id, revision: read, role: 'mentor' }));
    expect([add.code, remove.code]).toEqual(['CONFLICT', 'CONFLICT']);
    expect(rolesOf(id)).toEqual(before);
    await callerFor(s, PETRA).people.removeRole({ userId: id, revision: read + 1, role: 'regiegroep' });
    expect(rolesOf(id).map((r) => (r as { role: string }).role)).not.toContain('regiegroep');
  });

  it('their own language, a password change and a login do not change the revision the people page read', async () => {
    const id = ids().userIdByEmail['locatie@eindhoven.demo']!;
    const read = (await callerFor(s, BRAM).people.list()).people.find((p) => p.id === id)!.revision;
    const own = await sessionOf(s.app, 'locatie@eindhoven.demo');
    expect((await post(s.app, own, 'session.setLanguage', { locale: 'en' })).statusCode).toBe(200);
    const change = { currentPassword: DEMO_PASSWORD, newPassword: 'een heel nieuw wachtwoord' };
    expect((await post(s.app, own, 'session.changePassword', change)).statusCode).toBe(200);
    expect((await loginAs(s.app, 'locatie@eindhoven.demo', { password: change.newPassword })).statusCode).toBe(200);
    expect(s.db.select().from(users).where(eq(users.id, id)).get()!.revision).toBe(read);
    // The beheerder's change and the person's language touch different things: both stay.
    await callerFor(s, BRAM).people.addRole({ userId: id, revision: read, role: 'mentor' });
    expect(s.db.select().from(users).where(eq(users.id, id)).get()!.locale).toBe('en');
  });
});

describe('an erasure', () => {
  it('gives the blanked student a new revision: a form opened before cannot write the name back', async () => {
    const id = ids().studentIds[9]!;
    const { hasAccount: _h, revision, ...record } = await callerFor(s, BRAM).students.get({ id });
    await callerFor(s, BRAM).privacy.erase({
      subject: 'student',
      id,
      confirmation: `${record.firstName} ${record.lastName}`,
    });
    const stale = await failure(callerFor(s, BRAM).students.update({ ...record, revision }));
    expect(stale.code).toBe('CONFLICT');
    const after = s.db.select().from(students).where(eq(students.id, id)).get()!;
    expect([after.lastName, after.revision]).toEqual(['', revision + 1]);
  });
});
