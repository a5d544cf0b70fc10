/**
 * The audit log people can use: actions and objects in Dutch words with names, filters (person, kind,
 * period), paging past the last hundred, and CSV of what the filters select.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { describeAuditAction } from '../../shared/domain/audit';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
}, 60_000);
const admin = () => callerFor(fx, 'beheer@eindhoven.demo');

describe('the audit log', () => {
  it('says what happened in Dutch words, with the name of what it happened to', async () => {
    expect(describeAuditAction('location.create', 'nl')).toBe('TOP-locatie aangemaakt');
    expect(describeAuditAction('student.view', 'nl')).toBe('Student bekeken');
    expect(describeAuditAction('location.create', 'en')).toBe('TOP location created');
    const created = await admin().locations.create({
      name: 'Kindcentrum Inzagelog',
      organisationId: fx.region.eindhoven.organisationIds['Kinderopvang De Boomhut']!,
      address: 'Logstraat 1',
      city: 'Eindhoven',
      openDays: [1],
    });
    const { events } = await admin().audit.list({});
    expect(events[0]).toMatchObject({
      what: 'TOP-locatie aangemaakt',
      kind: 'TOP-locatie',
      subjectName: 'Kindcentrum Inzagelog',
      subjectId: String(created.id),
      actorName: 'Bram Beheer',
    });
  });

  it('filters by person, kind and period, and pages past the first hundred', async () => {
    const mentorId = fx.region.eindhoven.userIdByEmail['mentor@eindhoven.demo']!;
    // A hundred and more views by the mentor: each is an audit event.
    for (let i = 0; i < 105; i++) await callerFor(fx, 'mentor@eindhoven.demo').students.list({});
    const first = await admin().audit.list({ actorUserId: mentorId });
    expect(first.events).toHaveLength(100);
    expect(first.events.every((e) => e.actorName === 'Mirjam de Wit')).toBe(true);
    expect(first.nextBefore).not.toBeNull();
    const second = await admin().audit.list({ actorUserId: mentorId, before: first.nextBefore! });
    expect(second.events.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...second.events.map((e) => e.id))).toBeLessThan(Math.min(...first.events.map((e) => e.id)));

    const kinds = (await admin().audit.filterOptions()).kinds;
    expect(kinds).toContainEqual({ value: 'top_location', label: 'TOP-locatie' });
    const onlyLocations = await admin().audit.list({ subjectType: 'top_location' });
    expect(onlyLocations.events.every((e) => e.kind === 'TOP-locatie')).toBe(true);
    expect((await admin().audit.list({ from: '2000-01-01', to: '2000-01-02' })).events).toEqual([]);
    const today = new Date(fx.clock.now()).toISOString().slice(0, 10);
    expect((await admin().audit.list({ from: today, to: today })).events.length).toBeGreaterThan(0);
  });

  it('exports what the filters select as CSV with Dutch headings and words', async () => {
    const file = await admin().audit.exportCsv({ subjectType: 'top_location' });
    expect(file.filename).toMatch(/^inzagelog-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = file.content
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Moment;Wie;Wat;Soort;Waarop');
    expect(lines.find((l) => l.includes('Kindcentrum Inzagelog'))).toMatch(
      /^\d{2}-\d{2}-\d{4},? \d{2}:\d{2}:\d{2};Bram Beheer;TOP-locatie aangemaakt;TOP-locatie;Kindcentrum Inzagelog$/,
    );
    expect(lines.slice(1).every((l) => l.includes(';TOP-locatie;'))).toBe(true);
  });

  it("never shows another partnership's events", async () => {
    const rotterdam = await callerFor(fx, 'beheer@rotterdam.demo').audit.list({ subjectType: 'top_location' });
    expect(rotterdam.events.map((e) => e.subjectName)).not.toContain('Kindcentrum Inzagelog');
  });
});
