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
  mentorTeamCostKeys,
  mentorTeamCostShares,
  mentorTeamMembers,
  mentorTeamOrganisations,
  mentorTeams,
} from '../../../db/schema';
import { quarterOfIsoWeek } from '../../../shared/domain/coaching-costs';
import { centsFor, splitWhole, type KeyPart } from './cost-split';

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

/** Each team's key per year (basis points), else equal shares over its adopting organisations. */
function keysOf(db: Db, partnershipId: number, years: number[]) {
  const adopters = new Map<number, number[]>();
  const adopting = db
    .select({ teamId: mentorTeamOrganisations.teamId, organisationId: mentorTeamOrganisations.organisationId })
    .from(mentorTeamOrganisations)
    .innerJoin(mentorTeams, eq(mentorTeams.id, mentorTeamOrganisations.teamId))
    .where(eq(mentorTeams.partnershipId, partnershipId))
    .all();
  for (const a of adopting) adopters.set(a.teamId, [...(adopters.get(a.teamId) ?? []), a.organisationId]);
  const agreed = new Map<string, KeyPart[]>();
  const shares = db
    .select({
      teamId: mentorTeamCostKeys.teamId,
      year: mentorTeamCostKeys.year,
      organisationId: mentorTeamCostShares.organisationId,
      weight: mentorTeamCostShares.basisPoints,
    })
    .from(mentorTeamCostShares)
    .innerJoin(mentorTeamCostKeys, eq(mentorTeamCostKeys.id, mentorTeamCostShares.keyId))
    .where(and(eq(mentorTeamCostKeys.partnershipId, partnershipId), inArray(mentorTeamCostKeys.year, years)))
    .all();
  for (const s of shares) {
    const key = `${s.teamId}:${s.year}`;
    agreed.set(key, [...(agreed.get(key) ?? []), { organisationId: s.organisationId, weight: s.weight }]);
  }
  return (teamId: number, year: number): KeyPart[] =>
    (
      agreed.get(`${teamId}:${year}`) ??
      (adopters.get(teamId) ?? []).map((organisationId) => ({ organisationId, weight: 1 }))
    )
      .slice()
      .sort((a, b) => a.organisationId - b.organisationId);
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
  const weeks = new Map<
    string,
    {
      teamId: number;
      isoYear: number;
      isoWeek: number;
      people: Set<number>;
      minutes: number;
      sixtieths: number;
      unpriced: number;
    }
  >();
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
  return [...weeks.values()].flatMap((w) => {
    const key = keyOf(w.teamId, w.isoYear);
    const cents = splitWhole(Math.round(w.sixtieths / 60), key);
    const minutes = splitWhole(w.minutes, key);
    const unpriced = splitWhole(w.unpriced, key);
    return key
      .map((k, i): CostPart => ({
        organisationId: k.organisationId,
        isoYear: w.isoYear,
        isoWeek: w.isoWeek,
        quarter: quarterOfIsoWeek({ year: w.isoYear, week: w.isoWeek }),
        people: [...w.people],
        minutes: minutes[i]!,
        cents: cents[i]!,
        unpricedMinutes: unpriced[i]!,
        labelId: null,
      }))
      .filter((p) => p.minutes > 0 || p.cents > 0);
  });
}

/** Every part of cost of the partnership in weeks that count in these ISO years. */
export function costParts(db: Db, partnershipId: number, years: number[]): CostPart[] {
  const tariff = tariffResolver(db, partnershipId, years);
  return [...coachingParts(db, partnershipId, years, tariff), ...mentorParts(db, partnershipId, years, tariff)];
}
