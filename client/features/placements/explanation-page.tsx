import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { QueryState } from '../../components/ui/query-state';
import { useActionStatus } from './placements-ui';
import { useRoundOutlet } from './round-layout';
import { OverrideForm } from './override-form';
import { WhyPanel } from './why-panel';

/** One student of the round: "Waarom deze plek?", and for the projectleider an override and the lock. */
export function ExplanationPage({ me }: { me: Me }) {
  const { t } = useTranslation('placements');
  const { round } = useRoundOutlet();
  const participantId = Number(useParams().participantId);
  const utils = trpc.useUtils();
  const query = trpc.placements.explanation.useQuery(
    { participantId },
    { enabled: Number.isSafeInteger(participantId) && participantId > 0 },
  );
  const lock = trpc.placements.setLocked.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const status = useActionStatus();
  const manage = can(me, 'placements.manage');

  return (
    <>
      <p>
        <Link to={`/plaatsingen/${round.id}/resultaat`}>{t('results.back')}</Link>
      </p>
      <QueryState query={query}>
        {(detail) =>
          detail.withdrawn ? (
            <Notice kind="info">{t('why.withdrawn')}</Notice>
          ) : (
            <>
              <h2>{detail.explanation.name}</h2>
              <p className="muted">
                {detail.explanation.programmeName}
                {detail.explanation.studentNumber && ` · ${detail.explanation.studentNumber}`}
              </p>
              {status.view}
              <WhyPanel explanation={detail.explanation} headingLevel={3} />
              {manage && detail.explanation.placement && (
                <div className="inline-actions">
                  <Button
                    variant="secondary"
                    aria-pressed={detail.explanation.placement.locked}
                    onClick={() =>
                      void lock.mutateAsync({ participantId, locked: !detail.explanation.placement!.locked }).then(
                        () =>
                          status.done(
                            t(detail.explanation.placement!.locked ? 'results.unlocked' : 'results.locked', {
                              name: detail.explanation.name,
                            }),
                          ),
                        status.failed,
                      )
                    }
                  >
                    {detail.explanation.placement.locked
                      ? t('results.unlockFor', { name: detail.explanation.name })
                      : t('results.lockFor', { name: detail.explanation.name })}
                  </Button>
                </div>
              )}
              {manage && <OverrideForm detail={detail} onDone={status.done} />}
            </>
          )
        }
      </QueryState>
    </>
  );
}
