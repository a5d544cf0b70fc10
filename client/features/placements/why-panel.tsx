import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../lib/trpc';
import { formatDutchDate, isoDateAt } from '../../../shared/domain/dates';
import { useDayList, useRankText } from './placements-ui';

type Explanation = Extract<RouterOutputs['placements']['explanation'], { withdrawn: false }>['explanation'];
type Reason = Explanation['reasons'][number];

/** One reason a higher choice is not the student's, as a sentence. */
function useReasonText() {
  const { t } = useTranslation('placements');
  return (r: Reason, e: Explanation): string => {
    if (r.code === 'distance') return t('reasons.distance', { km: r.distanceKm, max: e.maxDistanceKm });
    if (r.code === 'days') return t('reasons.days', { count: e.daysNeeded });
    if (r.code !== 'full') return t(`reasons.${r.code === 'not-offered' ? 'notOffered' : 'noSupervisor'}`);
    if (r.stable) {
      const grade = (g: number | null) => (g === null ? t('reasons.noPriority') : t('reasons.grade', { grade: g }));
      if (r.stable.cutoffGrade === null) return t('reasons.fullNoRoom');
      if (r.stable.lostTieBreak) return t('reasons.fullTie', { own: grade(r.stable.ownGradeNumber) });
      return t('reasons.fullStable', {
        cutoff: grade(r.stable.cutoffGradeNumber),
        own: grade(r.stable.ownGradeNumber),
      });
    }
    const o = r.optimal;
    if (!o || o.effect === 'no-room') return t('reasons.fullNoRoom');
    if (o.effect === 'would-place-fewer') return t('reasons.fullFewer', { count: -o.placedChange });
    if (o.rankCostIncrease <= 0) return t('reasons.fullTieOptimal');
    return t('reasons.fullCosts', { others: o.othersRankCostIncrease, total: o.rankCostIncrease });
  };
}

/**
 * "Waarom deze plek?": the place and the rank it has on the student's own list, and for every
 * location they ranked higher why it was not theirs. A placement changed by hand or by a repair says
 * that instead. Shared by the projectleider's view and the student's own page.
 */
export function WhyPanel({ explanation: e, headingLevel = 2 }: { explanation: Explanation; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('placements');
  const dayList = useDayList();
  const rankText = useRankText();
  const reasonText = useReasonText();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const p = e.placement;
  return (
    <section className="section" aria-labelledby={`why-${e.participantId}`}>
      <H id={`why-${e.participantId}`}>{t('why.title')}</H>
      {p ? (
        <p>
          {t('why.placed', {
            location: p.locationName,
            choice: p.rank === null ? t('why.notOnList') : rankText(p.rank),
          })}{' '}
          {p.supervisorName && t('why.supervisor', { name: p.supervisorName })}{' '}
          {t('why.days', { days: dayList(p.days) })}
        </p>
      ) : (
        <p>{e.preferences.length === 0 ? t('why.noPreferences') : t('why.unplaced')}</p>
      )}
      {p?.source === 'handmatig' && <p>{p.note ? t('why.manual', { reason: p.note }) : t('why.manualNeutral')}</p>}
      {p?.source === 'reparatie' && <p>{t('why.repaired', { date: formatDutchDate(isoDateAt(p.updatedAt)) })}</p>}
      {e.fixedAtRun && p?.source === 'engine' && <p>{t('why.fixed')}</p>}
      {e.explained && p?.rank === 1 && <p>{t('why.firstChoice')}</p>}
      {e.explained && e.reasons.length > 0 && (
        <>
          <p>{p ? t('why.higherIntro') : t('why.allIntro')}</p>
          <ul className="reasons">
            {e.reasons.map((r) => (
              <li key={r.rank}>
                <span className="reason-head">
                  {t('why.reasonHead', { choice: rankText(r.rank), location: r.locationName })}
                </span>{' '}
                {reasonText(r, e)}
              </li>
            ))}
          </ul>
          {e.objective === 'optimal' && e.reasons.some((r) => r.code === 'full') && (
            <p className="hint">{t('why.rankPoints')}</p>
          )}
          {e.objective === 'stable' && e.reasons.some((r) => r.code === 'full') && (
            <p className="hint">{t('why.priorityHelp')}</p>
          )}
        </>
      )}
    </section>
  );
}
