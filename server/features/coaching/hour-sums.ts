/**
 * The partnership's labelled minutes summed in SQL (decision 099): per coach, label, location, paying
 * organisation or month — a few hundred rows where reading every line gave (~40,000 a year for 200
 * coaches: over a second of the event loop for drizzle's row objects and the sums in JS). One statement per
 * dimension over the two tables that hold the figures (weeks and lines, no joins per line: each took
 * ~40-90 ms on the loaded machine, one statement for all of them 350-500 ms).
 */
import { sql, type SQL } from 'drizzle-orm';
import { monthOfIsoWeek } from '../../../shared/domain/coaching';
import type { ServiceContext } from '../scope';

export type HourDimension = 'total' | 'coach' | 'label' | 'location' | 'organisation' | 'month';

export interface HourSum {
  /** The coach, label, location or organisation; a month as year × 100 + month (202611); 0 for the total. */
  id: number;
  /** The name (a coach's, a label's, …); empty for a month. */
  name: string;
  /** The coach's coaching role; empty for the other dimensions. */
  role: string;
  minutes: number;
  /** How many coaches wrote these minutes, when asked (the "< 5" rule needs them); else 0. */
  coaches: number;
  /** The first week (year × 100 + week) with hours in the group. */
  firstWeek: number;
}

/** The weeks summed: every ISO week of `years`, or only those counting in `inMonths` (year × 100 + month). */
export interface HourWeeks {
  years: number[];
  inMonths?: Set<number>;
}

/**
 * Every ISO week of the years, 1–53, as year × 100 + week with the month it counts in (its Thursday's,
 * decision 085): the month comes from the same function as before, not from SQL's date arithmetic. A 53rd
 * week a year does not have matches no line.
 */
function weekMonths({ years, inMonths }: HourWeeks) {
  return years
    .flatMap((year) =>
      Array.from({ length: 53 }, (_, i) => ({
        week: year * 100 + i + 1,
        month: year * 100 + monthOfIsoWeek({ year, week: i + 1 }),
      })),
    )
    .filter(({ month }) => !inMonths || inMonths.has(month));
}

const YEAR_WEEK = sql`(w.iso_year * 100 + w.iso_week)`;

/** A week's month in SQL: weeks run in order of their months, so one `when` per month's last week. */
function monthOf(weeks: { week: number; month: number }[]): SQL {
  const lastWeeks = weeks.filter((w, i) => weeks[i + 1]?.month !== w.month);
  if (lastWeeks.length === 0) return sql`0`;
  return sql`case ${sql.join(
    lastWeeks.map((w) => sql`when ${YEAR_WEEK} <= ${w.week} then ${w.month}`),
    sql` `,
  )} end`;
}

/** The lines of the partnership in the weeks, as `from … where …` over coaching_week w and coaching_hours h. */
function linesIn(ctx: ServiceContext, weeks: { week: number }[]): SQL {
  const years = [...new Set(weeks.map((w) => Math.floor(w.week / 100)))];
  return sql`from coaching_week w join coaching_hours h on h.week_id = w.id
    where w.partnership_id = ${ctx.actor.partnershipId}
      and w.iso_year in (select value from json_each(${JSON.stringify(years)}))
      and ${YEAR_WEEK} in (select value from json_each(${JSON.stringify(weeks.map((w) => w.week))}))`;
}

/** Each dimension's key, and its name (and role) looked up for the few grouped rows, not per line. */
const DIMENSIONS: Record<HourDimension, { key: SQL; name: SQL; role: SQL; names: SQL }> = {
  coach: {
    key: sql`w.coach_id`,
    name: sql`u.name`,
    role: sql`r.name`,
    names: sql`join coach c on c.id = g.id join "user" u on u.id = c.user_id
      join coaching_role r on r.id = c.coaching_role_id`,
  },
  label: { key: sql`h.label_id`, name: sql`n.name`, role: sql`''`, names: sql`join coaching_label n on n.id = g.id` },
  location: {
    key: sql`h.location_id`,
    name: sql`n.name`,
    role: sql`''`,
    names: sql`join top_location n on n.id = g.id`,
  },
  organisation: {
    key: sql`h.organisation_id`,
    name: sql`n.name`,
    role: sql`''`,
    names: sql`join organisation n on n.id = g.id`,
  },
  total: { key: sql`0`, name: sql`''`, role: sql`''`, names: sql`` },
  month: { key: sql``, name: sql`''`, role: sql`''`, names: sql`` },
};

/**
 * The minutes per `dimension` over the partnership's lines in the weeks. The lines are those the line-by-line read
 * had (tests/helpers/hour-lines.ts): its joins to coach, user, role, label, location and organisation drop none, as every line's keys
 * are foreign keys (enforced, db/client.ts).
 */
export function hourSums(
  ctx: ServiceContext,
  dimension: HourDimension,
  weeks: HourWeeks,
  { countCoaches = false } = {},
): HourSum[] {
  const inWeeks = weekMonths(weeks);
  if (inWeeks.length === 0) return [];
  const { key, name, role, names } = DIMENSIONS[dimension];
  return ctx.db.all<HourSum>(sql`
    select g.id, ${name} as name, ${role} as role, g.minutes, g.coaches, g.firstWeek from (
      select ${dimension === 'month' ? monthOf(inWeeks) : key} as id, sum(h.minutes) as minutes,
        ${countCoaches ? sql`count(distinct w.coach_id)` : sql`0`} as coaches, min(${YEAR_WEEK}) as firstWeek
      ${linesIn(ctx, inWeeks)}
      group by 1
    ) g ${names}`);
}

/**
 * Where each group's first line stands in the line-by-line read's order (week, coach's name, label's position; then the
 * week row, label, location and organisation, so every tie is decided): for the few groups whose order is
 * the order their lines came in (equal names; the rekentool's paying organisations). Only their lines of
 * their first week are read.
 */
export function firstLines(
  ctx: ServiceContext,
  dimension: Exclude<HourDimension, 'month' | 'total'>,
  groups: Pick<HourSum, 'id' | 'firstWeek'>[],
): Map<number, number> {
  if (groups.length < 2) return new Map(groups.map((g) => [g.id, 0]));
  const wanted = JSON.stringify(groups.map((g) => [g.id, g.firstWeek]));
  const rows = ctx.db.all<{ id: number; first: number }>(sql`
    with g as materialized (select value ->> 0 as id, value ->> 1 as week from json_each(${wanted}))
    select id, min(seq) as first from (
      select ${DIMENSIONS[dimension].key} as id, row_number() over (
        order by w.iso_year, w.iso_week, u.name, l.position, w.id, h.label_id, h.location_id, h.organisation_id
      ) as seq
      from coaching_week w join coaching_hours h on h.week_id = w.id
      join coach c on c.id = w.coach_id join "user" u on u.id = c.user_id
      join coaching_label l on l.id = h.label_id
      where w.partnership_id = ${ctx.actor.partnershipId}
        and w.iso_year in (select distinct week / 100 from g)
        and ${YEAR_WEEK} in (select week from g)
        and (${DIMENSIONS[dimension].key}, ${YEAR_WEEK}) in (select id, week from g)
    ) group by id`);
  return new Map(rows.map((r) => [r.id, r.first]));
}

/**
 * Sums sorted by name as `localeCompare` in Dutch sorts them; equal names keep the order their lines came
 * in, as the line-by-line sums did (a sort is stable).
 */
export function sortedByName(
  ctx: ServiceContext,
  dimension: Exclude<HourDimension, 'month' | 'total'>,
  sums: HourSum[],
): HourSum[] {
  const name = (s: HourSum) => s.name;
  const sorted = [...sums].sort((a, b) => name(a).localeCompare(name(b), 'nl'));
  const tied = sorted.filter(
    (s, i) =>
      (i > 0 && name(sorted[i - 1]!).localeCompare(name(s), 'nl') === 0) ||
      (i + 1 < sorted.length && name(sorted[i + 1]!).localeCompare(name(s), 'nl') === 0),
  );
  if (tied.length === 0) return sorted;
  const first = firstLines(ctx, dimension, tied);
  return sorted.sort((a, b) => name(a).localeCompare(name(b), 'nl') || (first.get(a.id) ?? 0) - (first.get(b.id) ?? 0));
}
