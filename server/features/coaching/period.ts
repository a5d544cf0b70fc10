/**
 * Hours due by the norm against hours labelled over a range of whole months, per organisation and per
 * month: what the accountability report (docs/decisions/091) shows. Raw figures with the number of
 * coaches behind each labelled figure; whoever shows them applies the "< 5" rule.
 */
import { hoursDue } from '../../../shared/domain/coaching';
import type { ServiceContext } from '../scope';
import { hourLines } from './hours.service';
import { locationsWithFigures, NO_NORM, normOf } from './norms.service';

/** "2026-01" .. "2026-03" for 2026-01-01 .. 2026-03-31: every month the range touches. */
function monthsOf(range: { from: string; to: string }): string[] {
  const months: string[] = [];
  let [y, m] = range.from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = range.to.slice(0, 7);
  for (let key = `${y}-${String(m).padStart(2, '0')}`; key <= last; key = `${y}-${String(m).padStart(2, '0')}`) {
    months.push(key);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

interface Tally {
  due: number;
  minutes: number;
  coaches: Set<number>;
}
const tally = (): Tally => ({ due: 0, minutes: 0, coaches: new Set() });
const round1 = (n: number) => Math.round(n * 10) / 10;
const out = ({ due, minutes, coaches }: Tally) => ({
  due: round1(due),
  labelled: round1(minutes / 60),
  coaches: coaches.size,
});

/** Due hours are a year's twelfth per month; a week's hours count in the month of its Thursday (decision 085). */
export function dueAndLabelledInRange(ctx: ServiceContext, range: { from: string; to: string }) {
  const months = monthsOf(range);
  const organisations = new Map<number, Tally & { name: string }>();
  const perMonth = new Map(months.map((m) => [m, tally()]));
  const total = tally();
  const organisation = (id: number, name: string) => {
    const entry = organisations.get(id) ?? { ...tally(), name };
    organisations.set(id, entry);
    return entry;
  };
  for (const year of [...new Set(months.map((m) => Number(m.slice(0, 4))))]) {
    const norm = normOf(ctx, year) ?? NO_NORM;
    const monthsOfYear = months.filter((m) => m.startsWith(`${year}-`));
    for (const location of locationsWithFigures(ctx, year)) {
      const monthly = hoursDue(norm, location) / 12;
      organisation(location.organisationId, location.organisationName).due += monthly * monthsOfYear.length;
      for (const m of monthsOfYear) perMonth.get(m)!.due += monthly;
      total.due += monthly * monthsOfYear.length;
    }
    for (const line of hourLines(ctx, year)) {
      const month = perMonth.get(`${year}-${String(line.month).padStart(2, '0')}`);
      if (!month) continue;
      for (const t of [month, total, organisation(line.organisationId, line.organisationName)]) {
        t.minutes += line.minutes;
        t.coaches.add(line.coachId);
      }
    }
  }
  return {
    byOrganisation: [...organisations]
      .map(([id, t]) => ({ organisationId: id, organisationName: t.name, ...out(t) }))
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl')),
    byMonth: months.map((month) => ({ month, ...out(perMonth.get(month)!) })),
    total: out(total),
  };
}
