/**
 * The parts of cost summed in SQL (docs/decisions/100): what summing costParts (cost-lines.ts) gives, as a
 * few hundred rows per organisation, quarter and label instead of one object per hour line (37,600 lines
 * held the event loop 0.4–1 s). Exactly the same figures:
 * - a coaching line's cents are rounded per line, as centsFor does, and only then summed;
 * - a mentor team's week is summed in SQL (minutes × tariff in sixtieths of a cent), then rounded once
 *   and split by the key in JS by the same splitTeamWeek;
 * - each sum carries its set of people (group_concat(distinct)), for the "< 5" rule and its margins;
 * - a person's tariff for the year wins over their role's; no tariff: the minutes are unpriced.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { quarterOfIsoWeek } from '../../../shared/domain/coaching-costs';
import type { IsoWeek } from '../../../shared/domain/dates';
import { splitTeamWeek, type CostSum } from './cost-lines';
import { keysOf } from './cost-keys.service';

const peopleIn = (list: string) => list.split(',').map(Number);
const inList = (values: number[]): SQL =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/**
 * The quarter of each week with coaching hours in these years that counts, worked out in JS once per week
 * (quarterOfIsoWeek, weekCountsIn) and handed to SQL as a CASE on year × 100 + week: null for a week that
 * does not count. A CASE, not a join: SQLite put a joined list of weeks inside the loop over the lines.
 */
function quarterOfWeek(db: Db, partnershipId: number, years: number[], counts: (week: IsoWeek) => boolean) {
  const weeks = db
    .all<{ year: number; week: number }>(
      sql`select distinct iso_year as year, iso_week as week from coaching_week
          where partnership_id = ${partnershipId} and iso_year in ${inList(years)}`,
    )
    .filter((w) => counts(w));
  if (!weeks.length) return null;
  const cases = weeks.map((w) => sql`when ${w.year * 100 + w.week} then ${quarterOfIsoWeek(w)}`);
  return sql`case w.iso_year * 100 + w.iso_week ${sql.join(cases, sql` `)} end`;
}

interface SumRow {
  organisationId: number;
  isoYear: number;
  quarter: number;
  labelId: number;
  people: string;
  minutes: number;
  cents: number;
  unpricedMinutes: number;
}

/**
 * Coaching hours per organisation, year, quarter and label. Minutes and tariffs are never negative (the
 * schemas say so), so integer division is the floor and (m × t + 30) / 60 is Math.round(m × t / 60).
 */
function coachingSums(db: Db, partnershipId: number, years: number[], counts: (week: IsoWeek) => boolean) {
  const quarter = quarterOfWeek(db, partnershipId, years, counts);
  if (!quarter) return [];
  return db
    .all<SumRow>(
      sql`with priced as (
            select h.organisation_id, w.iso_year, ${quarter} as quarter, h.label_id, c.user_id, h.minutes,
              coalesce(own.cents_per_hour, role.cents_per_hour) as rate
            from coaching_week w
            join coach c on c.id = w.coach_id
            join coaching_hours h on h.week_id = w.id
            left join coaching_tariff own on own.partnership_id = ${partnershipId} and own.year = w.iso_year
              and own.user_id = c.user_id
            left join coaching_tariff role on role.partnership_id = ${partnershipId} and role.year = w.iso_year
              and role.coaching_role_id = c.coaching_role_id
            where w.partnership_id = ${partnershipId} and w.iso_year in ${inList(years)}
          )
          select organisation_id as organisationId, iso_year as isoYear, quarter, label_id as labelId,
            group_concat(distinct user_id) as people, sum(minutes) as minutes,
            sum(case when rate is null then 0 else (minutes * rate + 30) / 60 end) as cents,
            sum(case when rate is null then minutes else 0 end) as unpricedMinutes
          from priced where quarter is not null group by organisation_id, iso_year, quarter, label_id`,
    )
    .map((r): CostSum => ({ ...r, people: peopleIn(r.people) }));
}

interface TeamWeekRow {
  teamId: number;
  isoYear: number;
  isoWeek: number;
  people: string;
  minutes: number;
  sixtieths: number;
  unpriced: number;
}

/** Mentor teams' hours summed per team and week, then each week rounded and split by the team's key. */
function mentorSums(db: Db, partnershipId: number, years: number[], counts: (week: IsoWeek) => boolean) {
  const rate = sql`coalesce(own.cents_per_hour, role.cents_per_hour)`;
  const weeks = db.all<TeamWeekRow>(
    sql`select e.team_id as teamId, e.iso_year as isoYear, e.iso_week as isoWeek,
          group_concat(distinct e.user_id) as people, sum(e.minutes) as minutes,
          sum(e.minutes * coalesce(${rate}, 0)) as sixtieths,
          sum(case when ${rate} is null then e.minutes else 0 end) as unpriced
        from mentor_hour_entry e
        left join mentor_team_member m on m.team_id = e.team_id and m.user_id = e.user_id
        left join coaching_tariff own on own.partnership_id = ${partnershipId} and own.year = e.iso_year
          and own.year in ${inList(years)} and own.user_id = e.user_id
        left join coaching_tariff role on role.partnership_id = ${partnershipId} and role.year = e.iso_year
          and role.year in ${inList(years)} and role.team_role = m.team_role
        where e.partnership_id = ${partnershipId}
          and e.iso_year between ${Math.min(...years)} and ${Math.max(...years)}
        group by e.team_id, e.iso_year, e.iso_week`,
  );
  const keyOf = keysOf(db, partnershipId, years);
  return weeks
    .filter((w) => counts({ year: w.isoYear, week: w.isoWeek }))
    .flatMap((w) => splitTeamWeek({ ...w, people: peopleIn(w.people) }, keyOf(w.teamId, w.isoYear)));
}

/**
 * The partnership's cost in these ISO years summed per organisation, year, quarter and label (mentor
 * teams' per week, label null), over the weeks that `counts` (all, by default).
 */
export function costSums(
  db: Db,
  partnershipId: number,
  years: number[],
  counts: (week: IsoWeek) => boolean = () => true,
): CostSum[] {
  if (!years.length) return [];
  return [...coachingSums(db, partnershipId, years, counts), ...mentorSums(db, partnershipId, years, counts)];
}
