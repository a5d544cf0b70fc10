import { eq } from 'drizzle-orm';
import { partnerships } from '../../../db/schema';
import type { SubjectInput } from '../../../shared/schemas/privacy';
import { isoDateAt } from '../../../shared/domain/dates';
import { auditAs, type ServiceContext } from '../scope';
import { dossierHtml } from './dossier-html';
import { readSchema } from './schema-map';
import { buildDossier, type Dossier } from './dossier';
import { ownActions } from './access-log';
import { auditTypeOf, loadSubject, rootOf, studentsOfAccount, type Subject } from './subject';

/** What the dossier page shows: who the person is here, how much is held where, and who saw it. */
export function viewDossier(ctx: ServiceContext, input: SubjectInput) {
  const subject = loadSubject(ctx, input);
  const sqlite = ctx.db.$client;
  const dossier = buildDossier(sqlite, readSchema(sqlite), ctx.actor.partnershipId, rootOf(subject), subject.id);
  auditAs(ctx, { action: 'privacy.dossier.view', subjectType: auditTypeOf(subject), subjectId: subject.id });
  const holdings = new Map<string, number>();
  for (const t of dossier.tables)
    if (t.rows.length) holdings.set(t.table, (holdings.get(t.table) ?? 0) + t.rows.length);
  return {
    subject: summaryOf(ctx, subject),
    holdings: [...holdings].map(([table, rows]) => ({ table, rows })).sort((a, b) => a.table.localeCompare(b.table)),
    events: dossier.accessLog.map((e) => ({
      id: e.id,
      at: e.at,
      action: e.action,
      actorName: e.actorName,
      scope: e.scope,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
    })),
  };
}

function summaryOf(ctx: ServiceContext, s: Subject) {
  if (s.kind === 'student') {
    return {
      kind: s.kind,
      id: s.id,
      name: s.name,
      email: s.email,
      studentNumber: s.studentNumber,
      erased: s.erased,
      hasAccount: s.userId !== null,
      roles: [],
      otherPartnerships: false,
      blocked: false,
    };
  }
  const linkedStudents = studentsOfAccount(ctx, s.id).length;
  return {
    kind: s.kind,
    id: s.id,
    name: s.name,
    email: s.email,
    studentNumber: null,
    erased: s.erased,
    hasAccount: true,
    roles: s.roles,
    otherPartnerships: s.otherPartnerships,
    blocked: s.blocked,
    linkedStudents,
  };
}

const NOTES = [
  'Dit bestand bevat alles wat het platform over deze persoon bewaart binnen dit samenwerkingsverband (AVG art. 15).',
  "Tabellen zijn gevonden door het databaseschema te doorlopen: elke rij die naar de persoon verwijst (niveau 1), en elke rij die hoort bij zo'n rij over de persoon (niveau 2).",
  "Rijen die de persoon alleen schreef of wijzigde (relation 'author') staan erin als verwijzing met datum, zonder inhoud: die gaat over anderen (AVG art. 15 lid 4).",
  'Wachtwoord- en sessiegegevens (hashes) worden nooit meegegeven.',
  "accessLog: wie de gegevens bekeek of wijzigde, uit het inzagelog ('record': het dossier zelf; 'list': een overzicht waarin de persoon stond).",
];

/** The JSON file for an inzageverzoek: the same walk, in full. */
export function exportDossier(ctx: ServiceContext, input: SubjectInput) {
  const subject = loadSubject(ctx, input);
  const sqlite = ctx.db.$client;
  const schema = readSchema(sqlite);
  const pid = ctx.actor.partnershipId;
  const main = buildDossier(sqlite, schema, pid, rootOf(subject), subject.id);
  const person =
    subject.kind === 'person'
      ? {
          linkedStudents: studentsOfAccount(ctx, subject.id).map((sid) =>
            withIsoDates(buildDossier(sqlite, schema, pid, 'student', sid)),
          ),
          ownActions: ownActions(sqlite, pid, subject.id).map((a) => ({ ...a, at: new Date(a.at).toISOString() })),
          loginFailures: (
            sqlite
              .prepare("SELECT count(*) AS n FROM login_failure WHERE lower(key) = lower('email:' || ?)")
              .get(subject.email) as { n: number }
          ).n,
        }
      : {};
  const partnership = ctx.db
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, pid))
    .get();
  const doc = {
    format: 'werkplaats-inzage/1',
    generatedAt: new Date(ctx.clock.now()).toISOString(),
    partnership,
    subject: { kind: subject.kind, id: subject.id },
    toelichting: NOTES,
    ...withIsoDates(main),
    ...person,
  };
  const rows = main.tables.reduce((n, t) => n + t.rows.length, 0);
  auditAs(ctx, {
    action: 'privacy.export',
    subjectType: auditTypeOf(subject),
    subjectId: subject.id,
    detail: { tables: main.tables.length, rows },
  });
  return {
    filename: `inzage-${subject.kind}-${subject.id}-${isoDateAt(ctx.clock.now())}.json`,
    mimeType: 'application/json',
    encoding: 'utf8' as const,
    content: `${JSON.stringify(doc, null, 2)}\n`,
  };
}

/** The same inzage as a page the person can read and print (Dutch headings and dates). */
export function exportDossierHtml(ctx: ServiceContext, input: SubjectInput) {
  const subject = loadSubject(ctx, input);
  const sqlite = ctx.db.$client;
  const dossier = buildDossier(sqlite, readSchema(sqlite), ctx.actor.partnershipId, rootOf(subject), subject.id);
  const partnership = ctx.db
    .select({ name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, ctx.actor.partnershipId))
    .get();
  auditAs(ctx, {
    action: 'privacy.export',
    subjectType: auditTypeOf(subject),
    subjectId: subject.id,
    detail: { format: 'html' },
  });
  return {
    filename: `inzage-${subject.kind}-${subject.id}-${isoDateAt(ctx.clock.now())}.html`,
    mimeType: 'text/html;charset=utf-8',
    encoding: 'utf8' as const,
    content: dossierHtml({
      partnershipName: partnership?.name ?? '',
      subjectName: subject.name,
      generatedAt: ctx.clock.now(),
      dossier,
    }),
  };
}

function withIsoDates(d: Dossier) {
  return { ...d, accessLog: d.accessLog.map((e) => ({ ...e, at: new Date(e.at).toISOString() })) };
}
