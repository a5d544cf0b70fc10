/**
 * Hours due by the norm against hours labelled over a range of whole months, per organisation and per
 * month: what the accountability report (docs/decisions/091) shows. Raw figures with the number of
 * coaches behind each labelled figure; whoever shows them applies the "< 5" rule.
 */
import { hoursDue } from '../../../shared/domain/coaching';
import type { ServiceContext } from '../scope';
import { firstLines, hourSums } from './hour-sums';
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
  coaches: number;
}
const tally = (): Tally => ({ due: 0, minutes: 0, coaches: 0 });
const round1 = (n: number) => Math.round(n * 10) / 10;
const out = ({ due, minutes, coaches }: Tally) => ({ due: round1(due), labelled: round1(minutes / 60), coaches });
const monthId = (key: string) => Number(key.slice(0, 4)) * 100 + Number(key.slice(5, 7));

type Entry = [number, Tally & { name: string; cameIn: [number, number, number] }];

/**
 * Sorted by name; organisations of equal names in the order they came in — a year's locations, then its
 * lines in their order (firstLines, only for those) — as the year-by-year reading of every line had them.
 */
function sortedByName(ctx: ServiceContext, entries: Entry[]) {
  const byName = (a: Entry, b: Entry) => a[1].name.localeCompare(b[1].name, 'nl');
  const sorted = entries.sort(byName);
  const tied = sorted.filter(
    (e, i) => (i > 0 && byName(sorted[i - 1]!, e) === 0) || (i + 1 < sorted.length && byName(sorted[i + 1]!, e) === 0),
  );
  if (tied.length === 0) return sorted;
  const first = firstLines(
    ctx,
    'organisation',
    tied.filter(([, t]) => t.cameIn[1] === 1).map(([id, t]) => ({ id, firstWeek: t.cameIn[2] })),
  );
  const key = ([id, t]: Entry) => [t.cameIn[0], t.cameIn[1], t.cameIn[1] === 0 ? t.cameIn[2] : (first.get(id) ?? 0)];
  return sorted.sort((a, b) => byName(a, b) || key(a).reduce((d, n, i) => d || n - key(b)[i]!, 0));
}

/**
 * Due hours are a year's twelfth per month; a week's hours count in the month of its Thursday (decision 085).
 * Labelled minutes and their coaches are summed in SQL over the range's weeks (decision 099).
 */
export function dueAndLabelledInRange(ctx: ServiceContext, range: { from: string; to: string }) {
  const months = monthsOf(range);
  const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
  const weeks = { years, inMonths: new Set(months.map(monthId)) };
  // Where each organisation came in, year by year: the year's locations, then its lines (equal names keep it).
  const organisations = new Map<number, Tally & { name: string; cameIn: [number, number, number] }>();
  const organisation = (id: number, name: string, cameIn: [number, number, number]) => {
    const entry = organisations.get(id) ?? { ...tally(), name, cameIn };
    organisations.set(id, entry);
    return entry;
  };
  const perMonth = new Map(months.map((m) => [m, tally()]));
  const total = tally();
  for (const year of years) {
    const norm = normOf(ctx, year) ?? NO_NORM;
    const monthsOfYear = months.filter((m) => m.startsWith(`${year}-`));
    locationsWithFigures(ctx, year).forEach((location, i) => {
      const monthly = hoursDue(norm, location) / 12;
      const entry = organisation(location.organisationId, location.organisationName, [year, 0, i]);
      entry.due += monthly * monthsOfYear.length;
      for (const m of monthsOfYear) perMonth.get(m)!.due += monthly;
      total.due += monthly * monthsOfYear.length;
    });
  }
  const paying = hourSums(ctx, 'organisation', weeks, { countCoaches: true });
  for (const s of paying) {
    const lineYear = Math.floor(s.firstWeek / 100);
    const entry = organisation(s.id, s.name, [lineYear, 1, s.firstWeek]);
    if (entry.cameIn[0] > lineYear) entry.cameIn = [lineYear, 1, s.firstWeek];
    Object.assign(entry, { minutes: s.minutes, coaches: s.coaches });
  }
  for (const s of hourSums(ctx, 'month', weeks, { countCoaches: true })) {
    const month = perMonth.get(`${Math.floor(s.id / 100)}-${String(s.id % 100).padStart(2, '0')}`);
    if (month) Object.assign(month, { minutes: s.minutes, coaches: s.coaches });
  }
  const whole = hourSums(ctx, 'total', weeks, { countCoaches: true })[0];
  if (whole) Object.assign(total, { minutes: whole.minutes, coaches: whole.coaches });
  return {
    byOrganisation: sortedByName(ctx, [...organisations]).map(([id, t]) => ({
      organisationId: id,
      organisationName: t.name,
      ...out(t),
    })),
    byMonth: months.map((month) => ({ month, ...out(perMonth.get(month)!) })),
    total: out(total),
  };
}
