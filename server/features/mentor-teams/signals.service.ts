import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { signalSightings, signalStatusChanges, signals, users } from '../../../db/schema';
import type {
  signalCreateSchema,
  signalListSchema,
  signalSeenAgainSchema,
  signalStatusSchema,
} from '../../../shared/schemas/mentor-teams';
import { compareIsoWeeks, parseIsoWeekKey, type IsoWeek } from '../../../shared/domain/dates';
import { isForwardMove, type SignalStatus } from '../../../shared/domain/mentor-teams';
import { AppError } from '../../errors';
import { audited, found, type ServiceContext, revised } from '../scope';
import { teamAccess, visibleTeams, weekInSchoolYear, type TeamRow } from './access';
import { shownCount } from '../regiegroep/public';
import { notifySignalForwarded } from '../mail/public';
import { decisionsOnSignals } from './signal-decisions';
import { matchingIds } from '../knowledge/public';

type Tx = Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0];

/** What "the same signal" means: same team, kind and tags, and the same title give or take case and spaces. */
export const matchKeyOf = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();

function weekOf(team: TeamRow, key: string): IsoWeek {
  const week = parseIsoWeekKey(key)!;
  if (!weekInSchoolYear(team, week)) throw new AppError('BAD_REQUEST', 'v.dateOutsideYear', 'week');
  return week;
}

const columns = {
  id: signals.id,
  teamId: signals.teamId,
  kind: signals.kind,
  title: signals.title,
  description: signals.description,
  domain: signals.domain,
  competence: signals.competence,
  studentCount: signals.studentCount,
  firstSeenYear: signals.firstSeenYear,
  firstSeenWeek: signals.firstSeenWeek,
  lastSeenYear: signals.lastSeenYear,
  lastSeenWeek: signals.lastSeenWeek,
  weeksSeen: signals.weeksSeen,
  status: signals.status,
  revision: signals.revision,
};

/** Signals of the teams the actor may see (numbers and tags, never student names), with their history. */
export function listSignals(ctx: ServiceContext, filter: z.output<typeof signalListSchema>) {
  const teams =
    filter.teamId !== undefined ? [teamAccess(ctx, filter.teamId, 'signals')] : visibleTeams(ctx, 'signals');
  if (!teams.length) return [];
  const conditions = [
    inArray(
      signals.teamId,
      teams.map((t) => t.id),
    ),
    eq(signals.partnershipId, ctx.actor.partnershipId),
  ];
  if (!filter.includeClosed) conditions.push(ne(signals.status, 'afgerond'));
  if (filter.domain !== undefined) conditions.push(eq(signals.domain, filter.domain));
  const searched = matchingIds('mentor_signal_fts', signals.id, filter.q, ctx.actor.partnershipId);
  if (searched) conditions.push(searched);
  const rows = ctx.db
    .select(columns)
    .from(signals)
    .where(and(...conditions))
    .orderBy(desc(signals.lastSeenYear), desc(signals.lastSeenWeek), asc(signals.title))
    .all();
  const history = rows.length
    ? ctx.db
        .select({
          signalId: signalStatusChanges.signalId,
          fromStatus: signalStatusChanges.fromStatus,
          toStatus: signalStatusChanges.toStatus,
          byName: users.name,
          at: signalStatusChanges.changedAt,
          note: signalStatusChanges.note,
        })
        .from(signalStatusChanges)
        .innerJoin(users, eq(users.id, signalStatusChanges.changedBy))
        .where(
          inArray(
            signalStatusChanges.signalId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(signalStatusChanges.changedAt), asc(signalStatusChanges.id))
        .all()
    : [];
  const teamName = new Map(teams.map((t) => [t.id, { teamName: t.name, cohortName: t.cohortName }]));
  const decisions = decisionsOnSignals(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    ...teamName.get(r.teamId)!,
    history: history.filter((h) => h.signalId === r.id).map(({ signalId: _, ...h }) => h),
    decisions: decisions.get(r.id) ?? [],
  }));
}

/**
 * The signals as the `signals` procedure shows them: to anyone outside the signal's team (the
 * regiegroep, the projectleider) the number of students it concerns follows the "< 5" rule, as on
 * the dashboard (decision 073); the team's own members see their count.
 */
export function signalsShown(ctx: ServiceContext, filter: z.output<typeof signalListSchema>) {
  const memberOf = new Set(visibleTeams(ctx, 'write').map((t) => t.id));
  return listSignals(ctx, filter).map((s) => ({
    ...s,
    studentCount: memberOf.has(s.teamId) ? s.studentCount : shownCount(s.studentCount),
  }));
}

function recordSighting(
  ctx: ServiceContext,
  tx: Tx,
  signal: ReturnType<typeof requireSignal>,
  week: IsoWeek,
  studentCount: number,
) {
  const existing = tx
    .select({ n: signalSightings.studentCount })
    .from(signalSightings)
    .where(
      and(
        eq(signalSightings.signalId, signal.id),
        eq(signalSightings.isoYear, week.year),
        eq(signalSightings.isoWeek, week.week),
      ),
    )
    .get();
  if (existing) {
    // The same week again: a correction of the count, not a new sighting.
    tx.update(signalSightings)
      .set({ studentCount, raisedBy: ctx.actor.userId, at: ctx.clock.now() })
      .where(
        and(
          eq(signalSightings.signalId, signal.id),
          eq(signalSightings.isoYear, week.year),
          eq(signalSightings.isoWeek, week.week),
        ),
      )
      .run();
  } else {
    tx.insert(signalSightings)
      .values({
        signalId: signal.id,
        isoYear: week.year,
        isoWeek: week.week,
        studentCount,
        raisedBy: ctx.actor.userId,
        at: ctx.clock.now(),
      })
      .run();
  }
  const first = { year: signal.firstSeenYear, week: signal.firstSeenWeek };
  const last = { year: signal.lastSeenYear, week: signal.lastSeenWeek };
  const isLatest = compareIsoWeeks(week, last) >= 0;
  tx.update(signals)
    .set({
      weeksSeen: existing ? signal.weeksSeen : signal.weeksSeen + 1,
      ...(compareIsoWeeks(week, first) < 0 ? { firstSeenYear: week.year, firstSeenWeek: week.week } : {}),
      ...(isLatest ? { lastSeenYear: week.year, lastSeenWeek: week.week, studentCount } : {}),
    })
    .where(eq(signals.id, signal.id))
    .run();
  return { countedUp: !existing };
}

export function requireSignal(ctx: ServiceContext, id: number) {
  return found(
    ctx.db
      .select({ ...columns, matchKey: signals.matchKey })
      .from(signals)
      .where(and(eq(signals.id, id), eq(signals.partnershipId, ctx.actor.partnershipId)))
      .get(),
  );
}

/** Raises a signal; when an open one with the same team, kind, tags and title exists, it counts up instead. */
export function raiseSignal(ctx: ServiceContext, input: z.output<typeof signalCreateSchema>) {
  const team = teamAccess(ctx, input.teamId, 'write');
  const week = weekOf(team, input.week);
  const matchKey = matchKeyOf(input.title);
  const same = ctx.db
    .select({ id: signals.id })
    .from(signals)
    .where(
      and(
        eq(signals.teamId, team.id),
        eq(signals.kind, input.kind),
        eq(signals.domain, input.domain),
        eq(signals.competence, input.competence),
        eq(signals.matchKey, matchKey),
        ne(signals.status, 'afgerond'),
      ),
    )
    .get();
  if (same)
    return { ...seenAgain(ctx, { id: same.id, week: input.week, studentCount: input.studentCount }), merged: true };
  const now = ctx.clock.now();
  const { id } = audited(ctx, 'mentor_signal.create', 'mentor_signal', (tx) => {
    const row = tx
      .insert(signals)
      .values({
        ...input,
        teamId: team.id,
        partnershipId: ctx.actor.partnershipId,
        matchKey,
        firstSeenYear: week.year,
        firstSeenWeek: week.week,
        lastSeenYear: week.year,
        lastSeenWeek: week.week,
        weeksSeen: 1,
        status: 'nieuw',
        createdBy: ctx.actor.userId,
        createdAt: now,
      })
      .returning({ id: signals.id })
      .get();
    tx.insert(signalSightings)
      .values({
        signalId: row.id,
        isoYear: week.year,
        isoWeek: week.week,
        studentCount: input.studentCount,
        raisedBy: ctx.actor.userId,
        at: now,
      })
      .run();
    tx.insert(signalStatusChanges)
      .values({ signalId: row.id, fromStatus: null, toStatus: 'nieuw', changedBy: ctx.actor.userId, changedAt: now })
      .run();
    return row;
  });
  return { id, countedUp: false, merged: false };
}

/** The team sees the signal again in a (later) week: one more week seen, the latest count kept. */
export function seenAgain(ctx: ServiceContext, input: z.output<typeof signalSeenAgainSchema>) {
  const signal = requireSignal(ctx, input.id);
  const team = teamAccess(ctx, signal.teamId, 'write');
  if (signal.status === 'afgerond') throw new AppError('CONFLICT', 'e.mentorTeams.signalClosed');
  const week = weekOf(team, input.week);
  let countedUp = false;
  audited(ctx, 'mentor_signal.seen', 'mentor_signal', (tx) => {
    countedUp = recordSighting(ctx, tx, signal, week, input.studentCount).countedUp;
    return { id: signal.id };
  });
  return { id: signal.id, countedUp };
}

/** Moves a signal forward (skipping a step is allowed, going back is not), recording who and when. */
/** The regiegroep moves a signal too (on the agenda, decided on): without a revision read, it claims the current one. */
type SignalStatusInput = Omit<z.output<typeof signalStatusSchema>, 'revision'> & { revision?: number };

export function setSignalStatus(ctx: ServiceContext, input: SignalStatusInput) {
  const signal = requireSignal(ctx, input.id);
  teamAccess(ctx, signal.teamId, 'signals');
  // someone moved it since it was read: say that (who, when), rather than that the move goes backwards
  if (input.revision !== undefined && input.revision !== signal.revision)
    revised(ctx, 'mentor_signal', signal.id, input.revision);
  if (!isForwardMove(signal.status as SignalStatus, input.status))
    throw new AppError('BAD_REQUEST', 'e.mentorTeams.statusBackwards', 'status');
  return audited(ctx, 'mentor_signal.status', 'mentor_signal', (tx) => {
    const revision = revised(ctx, 'mentor_signal', signal.id, input.revision ?? signal.revision);
    tx.update(signals).set({ status: input.status }).where(eq(signals.id, signal.id)).run();
    tx.insert(signalStatusChanges)
      .values({
        signalId: signal.id,
        fromStatus: signal.status,
        toStatus: input.status,
        changedBy: ctx.actor.userId,
        changedAt: ctx.clock.now(),
        note: input.note,
      })
      .run();
    if (input.status === 'doorgezet') notifySignalForwarded(tx, ctx.clock, signal.id);
    return { id: signal.id, status: input.status, revision };
  });
}
