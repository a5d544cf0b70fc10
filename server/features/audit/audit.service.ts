import { and, asc, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { auditEvents, users } from '../../../db/schema';
import type { auditFilterSchema, auditListSchema } from '../../../shared/schemas/audit';
import { addDays, isoDateAt } from '../../../shared/domain/dates';
import { auditKindWord, describeAuditAction } from '../../../shared/domain/audit';
import { toCsv } from '../../http/csv';
import type { Language } from '../../../shared/i18n/messages';
import type { ServiceContext } from '../scope';
import { subjectNames } from './audit-names';

type Filter = z.output<typeof auditFilterSchema>;

/** The first instant of a calendar day in the Netherlands (midnight there is 22:00 or 23:00 UTC). */
function startOfDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  let ms = Date.UTC(y, m - 1, d) - 2 * 3_600_000;
  while (isoDateAt(ms) < iso) ms += 3_600_000;
  return ms;
}

function conditions(ctx: ServiceContext, f: Filter): SQL[] {
  const where = [eq(auditEvents.partnershipId, ctx.actor.partnershipId)];
  if (f.actorUserId) where.push(eq(auditEvents.actorUserId, f.actorUserId));
  if (f.subjectType) where.push(eq(auditEvents.subjectType, f.subjectType));
  if (f.subjectId) where.push(eq(auditEvents.subjectId, f.subjectId));
  if (f.from) where.push(gte(auditEvents.at, startOfDay(f.from)));
  if (f.to) where.push(lt(auditEvents.at, startOfDay(addDays(f.to, 1))));
  return where;
}

function readEvents(ctx: ServiceContext, where: SQL[], limit: number, lang: Language) {
  const rows = ctx.db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...where))
    .orderBy(desc(auditEvents.id))
    .limit(limit)
    .all();
  const names = subjectNames(ctx, rows);
  return rows.map((r) => ({
    ...r,
    what: describeAuditAction(r.action, lang),
    kind: auditKindWord(r.subjectType, lang),
    subjectName: r.subjectId === null ? null : (names.get(`${r.subjectType}|${r.subjectId}`) ?? null),
  }));
}

/** The partnership's audit trail, newest first, a page at a time, in words; `nextBefore` pages on. */
export function listAuditEvents(ctx: ServiceContext, input: z.output<typeof auditListSchema>, lang: Language) {
  const where = conditions(ctx, input);
  if (input.before) where.push(lt(auditEvents.id, input.before));
  const rows = readEvents(ctx, where, input.limit + 1, lang);
  const page = rows.slice(0, input.limit);
  return { events: page, nextBefore: rows.length > input.limit ? page.at(-1)!.id : null };
}

/** Who and what the log can be filtered on: the people and kinds of object that occur in it. */
export function auditFilterOptions(ctx: ServiceContext, lang: Language) {
  const scope = eq(auditEvents.partnershipId, ctx.actor.partnershipId);
  const people = ctx.db
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditEvents)
    .innerJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(scope)
    .orderBy(asc(users.name))
    .all();
  const kinds = ctx.db
    .selectDistinct({ subjectType: auditEvents.subjectType })
    .from(auditEvents)
    .where(scope)
    .all()
    .map((k) => ({ value: k.subjectType, label: auditKindWord(k.subjectType, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  return { people, kinds };
}

/** Every event the filters select as CSV (semicolons, BOM: Dutch Excel opens it as it is). */
export function exportAuditCsv(ctx: ServiceContext, filter: Filter, lang: Language) {
  const events = readEvents(ctx, conditions(ctx, filter), 100_000, lang);
  const header =
    lang === 'en' ? ['Moment', 'Who', 'What', 'Kind', 'Subject'] : ['Moment', 'Wie', 'Wat', 'Soort', 'Waarop'];
  const moment = (ms: number) =>
    new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(new Date(ms));
  const rows = events.map((e) => [
    moment(e.at),
    e.actorName ?? '',
    e.what,
    e.kind,
    e.subjectName ?? (e.subjectId ? `#${e.subjectId}` : ''),
  ]);
  return { filename: `inzagelog-${isoDateAt(ctx.clock.now())}.csv`, content: toCsv([header, ...rows]) };
}
