/**
 * The parts of cost summed in SQL (docs/decisions/100): what summing costParts (cost-lines.ts) gives, as a
 * few hundred rows per organisation, quarter and label instead of one object per hour line (37,600 lines
 * held the event loop 0.4–1 s). Exactly the same figures:
 * - a coaching line's cents are rounded per line, as centsFor does, and only then summed;
 * - a mentor team's week is summed in SQL (minutes × tariff in sixtieths of a cent), then rounded once
 *   and split by the key in JS by the same splitTeamWeek;
 * - each sum carries its set of people (group_concat(distinct)), for the "< 5" rule and its margins;
 * - a person's tariff for the year wins over their role's; no tariff: the minutes are unpriced.
 * Read in turns of one quarter each, so the overview can let other requests in between two reads.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { quarterOfIsoWeek } from '../../../shared/domain/coaching-costs';
import type { IsoWeek } from '../../../shared/domain/dates';
import { splitTeamWeek, type CostSum } from './cost-lines';
import { keysOf } from './cost-keys.service';
import { setImmediate as nextTurn } from 'node:timers/promises';

const peopleIn = (list: string) => list.split(',').map(Number);
const inList = (values: number[]): SQL =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/**
 * The weeks with coaching hours in these years that count (weekCountsIn), in turns of one year's quarter
 * (quarterOfIsoWeek, worked out in JS once per week).
 */
function quartersOfWeeks(db: Db, partnershipId: number, years: number[], counts: (week: IsoWeek) => boolean) {
  const turns = new Map<number, Turn>();
  const weeks = db.all<IsoWeek>(
    sql`select distinct iso_year as year, iso_week as week from coaching_week
        where partnership_id = ${partnershipId} and iso_year in ${inList(years)} order by iso_year, iso_week`,
  );
  for (const w of weeks.filter((week) => counts(week))) {
    const quarter = quarterOfIsoWeek(w);
    const turn = turns.get(w.year * 10 + quarter) ?? { year: w.year, quarter, weeks: [] };
    turn.weeks.push(w.week);
    turns.set(w.year * 10 + quarter, turn);
  }
  return [...turns.values()];
}

/** The weeks of one year that count in one quarter. */
interface Turn {
  year: number;
  quarter: number;
  weeks: number[];
}

interface SumRow {
  organisationId: number;
  labelId: number;
  people: string;
  minutes: number;
  cents: number;
  unpricedMinutes: number;
}

/**
 * One turn's coaching hours (weeks of one quarter) per organisation and label. The weeks, their person and
 * tariff are read once per week (materialized), not once per line. Minutes and tariffs are never negative
 * (the schemas say so), so integer division is the floor and (m × t + 30) / 60 is Math.round(m × t / 60).
 */
function coachingSums(db: Db, partnershipId: number, turn: Turn): CostSum[] {
  return db
    .all<SumRow>(
      sql`with weeks as materialized (
            select w.id, c.user_id, coalesce(own.cents_per_hour, role.cents_per_hour) as rate
            from coaching_week w
            join coach c on c.id = w.coach_id
            left join coaching_tariff own on own.partnership_id = ${partnershipId} and own.year = w.iso_year
              and own.user_id = c.user_id
            left join coaching_tariff role on role.partnership_id = ${partnershipId} and role.year = w.iso_year
              and role.coaching_role_id = c.coaching_role_id
            where w.partnership_id = ${partnershipId} and w.iso_year = ${turn.year} and w.iso_week in ${inList(turn.weeks)}
          )
          select h.organisation_id as organisationId, h.label_id as labelId,
            group_concat(distinct k.user_id) as people, sum(h.minutes) as minutes,
            sum(case when k.rate is null then 0 else (h.minutes * k.rate + 30) / 60 end) as cents,
            sum(case when k.rate is null then h.minutes else 0 end) as unpricedMinutes
          from weeks k join coaching_hours h on h.week_id = k.id
          group by h.organisation_id, h.label_id`,
    )
    .map((r) => ({ ...r, isoYear: turn.year, quarter: turn.quarter, people: peopleIn(r.people) }));
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
 * teams' per week, label null), over the weeks that `counts`: one turn per quarter, then the mentor teams.
 */
function* costTurns(db: Db, partnershipId: number, years: number[], counts: (week: IsoWeek) => boolean) {
  if (!years.length) return;
  for (const turn of quartersOfWeeks(db, partnershipId, years, counts)) yield coachingSums(db, partnershipId, turn);
  yield mentorSums(db, partnershipId, years, counts);
}

/**
 * The same, letting other requests in between two turns: a year's 37,600 lines are four reads of
 * ~10–15 ms instead of one of ~50 ms (decision 100), so /healthz never waits for the whole year.
 */
export async function costSumsInTurns(
  db: Db,
  partnershipId: number,
  years: number[],
  counts: (week: IsoWeek) => boolean = () => true,
): Promise<CostSum[]> {
  const sums: CostSum[] = [];
  for (const turn of costTurns(db, partnershipId, years, counts)) {
    sums.push(...turn);
    await nextTurn();
  }
  return sums;
}
