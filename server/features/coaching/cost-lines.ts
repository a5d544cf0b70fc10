/**
 * The parts of cost (docs/decisions/089): every coaching line and every mentor team's week, priced by
 * the tariff of its year and split over the organisations that pay. Each part is whole cents and whole
 * minutes, so any sum over parts (a quarter, an organisation, a date range) adds up exactly.
 */
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  coaches,
  coachingHours,
  coachingTariffs,
  coachingWeeks,
  mentorHourEntries,
  mentorTeamMembers,
} from '../../../db/schema';
import { quarterOfIsoWeek } from '../../../shared/domain/coaching-costs';
import { centsFor, splitWhole, type KeyPart } from './cost-split';
import { keysOf } from './cost-keys.service';

export interface CostPart {
  organisationId: number;
  isoYear: number;
  isoWeek: number;
  quarter: number;
  /** The people whose hours are in this part (user ids): what the "< 5" rule counts. */
  people: number[];
  minutes: number;
  cents: number;
  /** Minutes no tariff was found for (priced at 0). */
  unpricedMinutes: number;
  /** The coaching label; null for a mentor team's hours. */
  labelId: number | null;
}

/** What a table sums (cost-table.ts): a part, or parts summed in SQL per organisation, quarter and label (cost-sums.ts). */
export type CostSum = Pick<
  CostPart,
  'organisationId' | 'isoYear' | 'quarter' | 'people' | 'minutes' | 'cents' | 'unpricedMinutes' | 'labelId'
>;

/** A mentor team's week, summed: its members' minutes, and those minutes × their tariffs (cents in sixtieths). */
export interface TeamWeek {
  teamId: number;
  isoYear: number;
  isoWeek: number;
  people: Iterable<number>;
  minutes: number;
  sixtieths: number;
  unpriced: number;
}

/** A person's tariff for the year, else their role's, else none. */
function tariffResolver(db: Db, partnershipId: number, years: number[]) {
  const rows = db
    .select()
    .from(coachingTariffs)
    .where(and(eq(coachingTariffs.partnershipId, partnershipId), inArray(coachingTariffs.year, years)))
    .all();
  const at = new Map<string, number>();
  for (const t of rows) {
    const target =
      t.userId !== null ? `u${t.userId}` : t.coachingRoleId !== null ? `c${t.coachingRoleId}` : `t${t.teamRole}`;
    at.set(`${t.year}:${target}`, t.centsPerHour);
  }
  return (year: number, userId: number, role: string | null): number | undefined =>
    at.get(`${year}:u${userId}`) ?? (role === null ? undefined : at.get(`${year}:${role}`));
}

/** A week's quarter once per week, not once per line (decision 098). */
function quarters() {
  const known = new Map<number, number>();
  return (year: number, week: number) => {
    const quarter = known.get(year * 100 + week) ?? quarterOfIsoWeek({ year, week });
    known.set(year * 100 + week, quarter);
    return quarter;
  };
}

function coachingParts(db: Db, partnershipId: number, years: number[], tariff: ReturnType<typeof tariffResolver>) {
  const quarterOf = quarters();
  return db
    .select({
      userId: coaches.userId,
      roleId: coaches.coachingRoleId,
      isoYear: coachingWeeks.isoYear,
      isoWeek: coachingWeeks.isoWeek,
      organisationId: coachingHours.organisationId,
      labelId: coachingHours.labelId,
      minutes: coachingHours.minutes,
    })
    .from(coachingHours)
    .innerJoin(coachingWeeks, eq(coachingWeeks.id, coachingHours.weekId))
    .innerJoin(coaches, eq(coaches.id, coachingWeeks.coachId))
    .where(and(eq(coachingWeeks.partnershipId, partnershipId), inArray(coachingWeeks.isoYear, years)))
    .all()
    .map((l): CostPart => {
      const rate = tariff(l.isoYear, l.userId, `c${l.roleId}`);
      return {
        organisationId: l.organisationId,
        isoYear: l.isoYear,
        isoWeek: l.isoWeek,
        quarter: quarterOf(l.isoYear, l.isoWeek),
        people: [l.userId],
        minutes: l.minutes,
        cents: rate === undefined ? 0 : centsFor(l.minutes, rate),
        unpricedMinutes: rate === undefined ? l.minutes : 0,
        labelId: l.labelId,
      };
    });
}

/** A mentor team's week: its members' minutes priced one by one, then the week's cents and minutes split by the key. */
function mentorParts(db: Db, partnershipId: number, years: number[], tariff: ReturnType<typeof tariffResolver>) {
  const entries = db
    .select({
      teamId: mentorHourEntries.teamId,
      userId: mentorHourEntries.userId,
      teamRole: mentorTeamMembers.teamRole,
      isoYear: mentorHourEntries.isoYear,
      isoWeek: mentorHourEntries.isoWeek,
      minutes: mentorHourEntries.minutes,
    })
    .from(mentorHourEntries)
    .leftJoin(
      mentorTeamMembers,
      and(
        eq(mentorTeamMembers.teamId, mentorHourEntries.teamId),
        eq(mentorTeamMembers.userId, mentorHourEntries.userId),
      ),
    )
    .where(
      and(
        eq(mentorHourEntries.partnershipId, partnershipId),
        gte(mentorHourEntries.isoYear, Math.min(...years)),
        lte(mentorHourEntries.isoYear, Math.max(...years)),
      ),
    )
    .all();
  const weeks = new Map<string, TeamWeek & { people: Set<number> }>();
  for (const e of entries) {
    const k = `${e.teamId}:${e.isoYear}:${e.isoWeek}`;
    const w = weeks.get(k) ?? { ...e, people: new Set<number>(), minutes: 0, sixtieths: 0, unpriced: 0 };
    const rate = tariff(e.isoYear, e.userId, e.teamRole === null ? null : `t${e.teamRole}`);
    w.people.add(e.userId);
    w.minutes += e.minutes;
    // Exact: minutes × cents per hour is cents in sixtieths; the week is rounded once, then split.
    w.sixtieths += rate === undefined ? 0 : e.minutes * rate;
    w.unpriced += rate === undefined ? e.minutes : 0;
    weeks.set(k, w);
  }
  const keyOf = keysOf(db, partnershipId, years);
  return [...weeks.values()].flatMap((w) => splitTeamWeek(w, keyOf(w.teamId, w.isoYear)));
}

/** A mentor team's week as parts: its cents (rounded once) and minutes split over the organisations by the key. */
export function splitTeamWeek(w: TeamWeek, key: KeyPart[]): CostPart[] {
  const cents = splitWhole(Math.round(w.sixtieths / 60), key);
  const minutes = splitWhole(w.minutes, key);
  const unpriced = splitWhole(w.unpriced, key);
  const quarter = quarterOfIsoWeek({ year: w.isoYear, week: w.isoWeek });
  return key
    .map((k, i): CostPart => ({
      organisationId: k.organisationId,
      isoYear: w.isoYear,
      isoWeek: w.isoWeek,
      quarter,
      people: [...w.people],
      minutes: minutes[i]!,
      cents: cents[i]!,
      unpricedMinutes: unpriced[i]!,
      labelId: null,
    }))
    .filter((p) => p.minutes > 0 || p.cents > 0);
}

/**
 * Every part of cost of the partnership in weeks that count in these ISO years, line by line: the
 * definition that cost-sums.ts computes in SQL (tests/server/coaching-costs-sql.test.ts holds them equal).
 */
export function costParts(db: Db, partnershipId: number, years: number[]): CostPart[] {
  const tariff = tariffResolver(db, partnershipId, years);
  return [...coachingParts(db, partnershipId, years, tariff), ...mentorParts(db, partnershipId, years, tariff)];
}
