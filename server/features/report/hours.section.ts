import { SHIELDED, SUPPRESSED, type ShownCount } from '../../../shared/domain/regiegroep';
import type { ServiceContext } from '../scope';
import { dueAndLabelledInRange } from '../coaching/public';
import { isSmall } from '../regiegroep/public';
import type { ReportRange } from './period';

type Figure = { due: number; labelled: number; coaches: number };

/**
 * Labelled hours that 1–4 coaches wrote are one person's hours, near enough: shown "< 5" (decision 085's
 * rule for the regiegroep, 073's secondary rule beside a shown total: when exactly one is hidden, the
 * next smallest is hidden too, "x"). Due hours come from the norm and the locations' figures, not from
 * people: always shown. The difference is shown only beside a shown labelled figure.
 */
function shownLabelled<T extends Figure>(rows: T[], totalShown: boolean) {
  const hidden = rows.map((r) => isSmall(r.coaches));
  let partner = -1;
  if (totalShown && hidden.filter(Boolean).length === 1)
    rows.forEach((r, i) => {
      if (!hidden[i] && r.labelled > 0 && (partner === -1 || r.labelled < rows[partner]!.labelled)) partner = i;
    });
  return rows.map(({ coaches: _coaches, ...r }, i) => {
    const labelled: ShownCount = hidden[i] ? SUPPRESSED : i === partner ? SHIELDED : r.labelled;
    const difference = typeof labelled === 'number' ? Math.round((labelled - r.due) * 10) / 10 : null;
    return { ...r, labelled, difference };
  });
}

export function hoursSection(ctx: ServiceContext, range: ReportRange) {
  const figures = dueAndLabelledInRange(ctx, range);
  const [total] = shownLabelled([figures.total], false);
  const totalShown = typeof total!.labelled === 'number';
  return {
    total: total!,
    byOrganisation: shownLabelled(figures.byOrganisation, totalShown),
    byMonth: shownLabelled(figures.byMonth, totalShown),
  };
}
