/**
 * The access request (AVG art. 15) in a form a student can read: a printable page with Dutch headings
 * and dates besides the JSON; "who saw this record" leaves out the person's own views.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';

let fx: DemoFixture;
let sanne: number;
beforeAll(async () => {
  fx = await demoFixture();
  sanne = fx.region.eindhoven.cohortStudentIds[0]!;
}, 60_000);
const admin = () => callerFor(fx, 'beheer@eindhoven.demo');

describe('the access request', () => {
  it("lists who else saw the record, never the student's own views", async () => {
    await callerFor(fx, 'student@eindhoven.demo').mentorTeams.myReflections();
    await callerFor(fx, 'mentor@eindhoven.demo').mentorTeams.student({
      teamId: (await callerFor(fx, 'mentor@eindhoven.demo').mentorTeams.myTeams())[0]!.id,
      studentId: sanne,
    });
    const dossier = await admin().privacy.dossier({ subject: 'student', id: sanne });
    const names = dossier.events.map((e) => e.actorName);
    expect(names).toContain('Mirjam de Wit');
    expect(names).not.toContain('Sanne Jansen');
    const json = JSON.parse((await admin().privacy.export({ subject: 'student', id: sanne })).content) as {
      accessLog: { actorName: string }[];
    };
    expect(json.accessLog.map((e) => e.actorName)).not.toContain('Sanne Jansen');
  });

  it('is a printable page with Dutch headings and dates, and is itself logged', async () => {
    const file = await admin().privacy.exportHtml({ subject: 'student', id: sanne });
    expect(file.filename).toMatch(/^inzage-student-\d+-\d{4}-\d{2}-\d{2}\.html$/);
    expect(file.mimeType).toBe('text/html;charset=utf-8');
    const html = file.content;
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Inzage in persoonsgegevens</h1>');
    expect(html).toContain('<strong>Sanne Jansen</strong>');
    expect(html).toContain('<h2>Wie zag of wijzigde je gegevens</h2>');
    expect(html).toContain('@media print');
    expect(html).toMatch(/Gemaakt op \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    expect(html).toContain('Student bekeken door het mentorteam');
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/);
    expect(html).not.toMatch(/password|token_hash/);
    const log = await admin().audit.list({ subjectType: 'student', subjectId: String(sanne) });
    expect(log.events[0]).toMatchObject({ what: 'Inzageverzoek gemaakt', subjectName: 'Sanne Jansen' });
  });

  it('escapes what people typed', async () => {
    const html = (await admin().privacy.exportHtml({ subject: 'student', id: sanne })).content;
    expect(html).not.toMatch(/<script/i);
  });
});
