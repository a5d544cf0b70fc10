import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { useActionStatus, useRankText } from './placements-ui';

type Seat = NonNullable<NonNullable<RouterOutputs['placements']['repairProposal']>['freedSeat']>;

/**
 * The seat a withdrawal freed and nobody on the waiting list had chosen: the waiting students who could
 * take it, best first by the round's objective. After the repair is applied the projectleider places one
 * with a click (an override, with the reason on record; the student sees a neutral sentence).
 */
export function FreedSeat({ seat, applied, manage }: { seat: Seat; applied: boolean; manage: boolean }) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const rankText = useRankText();
  const status = useActionStatus();
  const place = trpc.placements.override.useMutation({ onSuccess: () => utils.placements.invalidate() });
  return (
    <div className="section">
      <h3>{t('repair.freed.title', { location: seat.locationName })}</h3>
      <p>{t(applied ? 'repair.freed.introApplied' : 'repair.freed.introOpen', { count: seat.candidates.length })}</p>
      {status.view}
      <div className="table-wrap">
        <table>
          <caption>{t('repair.freed.caption', { location: seat.locationName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.student')}</th>
              <th scope="col">{t('fields.programme')}</th>
              <th scope="col">{t('repair.freed.onList')}</th>
              <th scope="col">{t('repair.freed.grade')}</th>
              {applied && manage && <th scope="col">{t('fields.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {seat.candidates.map((c) => (
              <tr key={c.participantId}>
                <th scope="row">{c.name}</th>
                <td>{c.programmeName}</td>
                <td>{c.rank === null ? t('why.notOnList') : rankText(c.rank)}</td>
                <td>{c.grade === null ? '—' : c.grade}</td>
                {applied && manage && (
                  <td>
                    <Button
                      variant="secondary"
                      disabled={place.isPending}
                      aria-label={t('repair.freed.placeFor', { name: c.name })}
                      onClick={() =>
                        void place
                          .mutateAsync({
                            participantId: c.participantId,
                            roundLocationId: seat.roundLocationId,
                            reason: t('repair.freed.reason'),
                          })
                          .then(
                            () => status.done(t('override.done', { name: c.name, location: seat.locationName })),
                            status.failed,
                          )
                      }
                    >
                      {t('repair.freed.place')}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {seat.more > 0 && <p className="hint">{t('repair.freed.more', { count: seat.more })}</p>}
    </div>
  );
}
