import { and, desc, eq } from 'drizzle-orm';
import { auditEvents, partnerships, retentionSettings } from '../../../db/schema';
import type { Db } from '../../../db/client';
import { RETENTION, RETENTION_KINDS, type RetentionKind } from '../../../shared/domain/privacy';
import type { RetentionUpdateInput } from '../../../shared/schemas/privacy';
import { addDays, isoDateAt, parseIsoDate, toIsoDate } from '../../../shared/domain/dates';
import type { Clock } from '../../clock';
import { audit } from '../../audit';
import { AppError } from '../../errors';
import { auditAs, type ServiceContext } from '../scope';
import { RETENTION_RULES, type Cutoff } from './retention-rules';
import { checkpoint } from './file-hygiene';

/** The partnership's terms: its own where set, else the default; platform terms are shown, not set. */
export function listRetention({ db, actor }: ServiceContext) {
  const own = new Map(
    db
      .select({ kind: retentionSettings.kind, amount: retentionSettings.amount })
      .from(retentionSettings)
      .where(eq(retentionSettings.partnershipId, actor.partnershipId))
      .all()
      .map((r) => [r.kind, r.amount]),
  );
  const last = db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .where(and(eq(auditEvents.partnershipId, actor.partnershipId), eq(auditEvents.action, 'privacy.retention.apply')))
    .orderBy(desc(auditEvents.id))
    .limit(1)
    .get();
  return {
    lastAppliedAt: last?.at ?? null,
    kinds: RETENTION_KINDS.map((kind) => {
      const spec = RETENTION[kind];
      const custom = spec.scope === 'partnership' ? own.get(kind) : undefined;
      return { kind, ...spec, amount: custom ?? spec.defaultAmount, custom: custom !== undefined };
    }),
  };
}

export function setRetention(ctx: ServiceContext, input: RetentionUpdateInput) {
  const kind = input.kind;
  if (RETENTION[kind].scope === 'platform') throw new AppError('BAD_REQUEST', 'e.privacy.platformKind', 'amount');
  const where = and(eq(retentionSettings.partnershipId, ctx.actor.partnershipId), eq(retentionSettings.kind, kind));
  ctx.db.transaction((tx) => {
    if (input.amount === null) tx.delete(retentionSettings).where(where).run();
    else {
      const row = {
        partnershipId: ctx.actor.partnershipId,
        kind,
        amount: input.amount,
        updatedBy: ctx.actor.userId,
        updatedAt: ctx.clock.now(),
      };
      tx.insert(retentionSettings)
        .values(row)
        .onConflictDoUpdate({ target: [retentionSettings.partnershipId, retentionSettings.kind], set: row })
        .run();
    }
    auditAs(ctx, {
      action: 'privacy.retention.update',
      subjectType: 'partnership',
      subjectId: ctx.actor.partnershipId,
      detail: { kind, amount: input.amount ?? null },
    });
  });
  return listRetention(ctx);
}

/** `today` minus a term: calendar months (31 March minus one month is 28/29 February) or days. */
export function cutoffDate(today: string, amount: number, unit: 'months' | 'days'): string {
  if (unit === 'days') return addDays(today, -amount);
  const d = parseIsoDate(today);
  const month = d.getUTCFullYear() * 12 + d.getUTCMonth() - amount;
  const year = Math.floor(month / 12);
  const lastDay = new Date(Date.UTC(year, (month % 12) + 1, 0)).getUTCDate();
  return toIsoDate(new Date(Date.UTC(year, month % 12, Math.min(d.getUTCDate(), lastDay))));
}

function cutoffFor(kind: RetentionKind, amount: number, partnershipId: number | null, clock: Clock): Cutoff {
  const unit = RETENTION[kind].unit;
  const date = cutoffDate(isoDateAt(clock.now()), amount, unit);
  // Moments in milliseconds: exact for days; for months the calendar date's start (UTC) is precise enough.
  const ms = unit === 'days' ? clock.now() - amount * 86_400_000 : parseIsoDate(date).getTime();
  return { partnershipId, date, ms };
}

export type RetentionReport = Record<number | 'platform', Partial<Record<RetentionKind, number>>>;

/**
 * The daily job's work: every partnership's terms, then the platform's, each in one transaction with
 * an audit event of the counts (ids and counts only). secure_delete (on for every connection) zeroes what
 * is removed, and the WAL is emptied afterwards.
 */
export function applyRetention(db: Db, clock: Clock): RetentionReport {
  const sqlite = db.$client;
  const report = {} as RetentionReport;
  const settings = db.select().from(retentionSettings).all();
  const amountOf = (kind: RetentionKind, pid: number | null) =>
    settings.find((s) => s.partnershipId === pid && s.kind === kind)?.amount ?? RETENTION[kind].defaultAmount;
  const scopes: (number | null)[] = [
    ...db
      .select({ id: partnerships.id })
      .from(partnerships)
      .all()
      .map((p) => p.id),
    null,
  ];
  for (const pid of scopes) {
    const counts: Partial<Record<RetentionKind, number>> = {};
    db.transaction(() => {
      for (const rule of RETENTION_RULES) {
        if ((RETENTION[rule.kind].scope === 'platform') !== (pid === null)) continue;
        counts[rule.kind] = rule.apply(sqlite, cutoffFor(rule.kind, amountOf(rule.kind, pid), pid, clock));
      }
      audit(
        db,
        clock,
        { userId: null, partnershipId: pid },
        { action: 'privacy.retention.apply', subjectType: 'partnership', subjectId: pid, detail: counts },
      );
    });
    report[pid ?? 'platform'] = counts;
  }
  checkpoint(sqlite);
  return report;
}
