import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { Section } from '../../components/ui/page';
import { Notice } from '../../components/ui/notice';
import { DownloadButton, isRunning, useActionStatus } from './placements-ui';
import { useRoundOutlet } from './round-layout';
import { RoundSettingsForm } from './round-settings-form';
import { CheckList } from './round-checks';

/** A round at a glance, with what comes next: run, publish, export. */
export function RoundOverviewPage({ me }: { me: Me }) {
  const { t } = useTranslation('placements');
  const { round } = useRoundOutlet();
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const status = useActionStatus();
  const [publishing, setPublishing] = useState(false);
  const refresh = () => utils.placements.invalidate();
  const run = trpc.placements.run.useMutation({ onSuccess: refresh });
  const publish = trpc.placements.publish.useMutation({ onSuccess: refresh });
  const remove = trpc.placements.removeRound.useMutation();
  const manage = can(me, 'placements.manage');
  const published = round.status === 'gepubliceerd';
  const checks = trpc.placements.checks.useQuery({ roundId: round.id }, { enabled: manage && !published }).data;
  // The checks follow the round: new inputs or a finished run (the round is polled while it runs).
  useEffect(() => {
    void utils.placements.checks.invalidate({ roundId: round.id });
  }, [utils, round.id, round.inputsRevision, round.resultRevision]);
  const running = isRunning(round.run);

  return (
    <>
      {status.view}
      <div className="cards">
        <Section title={t('overview.figures')}>
          <dl className="figures">
            {(['locations', 'students', 'placed', 'locked'] as const).map((key) => (
              <div key={key}>
                <dt>{t(`overview.${key}`)}</dt>
                <dd>{round[key]}</dd>
              </div>
            ))}
          </dl>
        </Section>
        <Section title={t('overview.next')}>
          {round.resultRevision === null ? (
            <p>{t('overview.notRunYet')}</p>
          ) : round.resultCurrent ? (
            <p>{t('overview.current')}</p>
          ) : (
            <Notice kind="warning">{t('overview.stale')}</Notice>
          )}
          {published && <p>{t('overview.published')}</p>}
          {round.studentEntryOpen && !published && <p>{t('overview.entryOpen')}</p>}
          {manage && !published && checks && !publishing && <CheckList checks={checks} />}
          {manage && !published && (
            <div className="inline-actions">
              <Button
                disabled={running || run.isPending}
                onClick={() => void run.mutateAsync({ roundId: round.id }).then(() => status.clear(), status.failed)}
              >
                {t('overview.run')}
              </Button>
              {round.resultCurrent && !publishing && (
                <Button variant="secondary" disabled={running} onClick={() => setPublishing(true)}>
                  {t('overview.publish')}
                </Button>
              )}
            </div>
          )}
          {publishing && (
            <div className="panel" role="group" aria-label={t('overview.publish')}>
              {checks && <CheckList checks={checks} publishing />}
              <p>{t('overview.publishQuestion', { count: round.placed })}</p>
              <div className="inline-actions">
                <Button
                  onClick={() =>
                    void publish
                      .mutateAsync({ roundId: round.id })
                      .then(() => status.done(t('overview.publishedNow')), status.failed)
                      .finally(() => setPublishing(false))
                  }
                >
                  {t('overview.publishConfirm')}
                </Button>
                <Button variant="secondary" onClick={() => setPublishing(false)}>
                  {t('common:actions.cancel')}
                </Button>
              </div>
            </div>
          )}
          <p>
            <Link to={`/plaatsingen/${round.id}/resultaat`}>{t('overview.toResults')}</Link>
          </p>
        </Section>
      </div>
      <Section title={t('files.exportTitle')}>
        <p>{t('files.exportIntro')}</p>
        <div className="inline-actions">
          <DownloadButton
            label={t('files.exportCsv')}
            fetchFile={() => utils.placements.exportPlacements.fetch({ roundId: round.id, format: 'csv' })}
          />
          <DownloadButton
            label={t('files.exportXlsx')}
            fetchFile={() => utils.placements.exportPlacements.fetch({ roundId: round.id, format: 'xlsx' })}
          />
        </div>
        {/* For engineers and analysts (the engine's own JSON, `npm run match`): out of the projectleider's way. */}
        <details className="hint">
          <summary>{t('files.analysis')}</summary>
          <p>{t('files.analysisIntro')}</p>
          <DownloadButton
            label={t('files.exportSnapshot')}
            fetchFile={() => utils.placements.exportSnapshot.fetch({ roundId: round.id })}
          />
        </details>
      </Section>
      {manage && !published && (
        <div className="section">
          <RoundSettingsForm key={round.updatedAt} round={round} onDone={status.done} />
          <div className="inline-actions">
            <ConfirmButton
              label={t('overview.remove')}
              question={t('overview.removeQuestion', { name: round.name })}
              onConfirm={() =>
                void remove
                  .mutateAsync({ roundId: round.id })
                  .then(() => utils.placements.list.invalidate().then(() => navigate('/plaatsingen')), status.failed)
              }
            />
          </div>
        </div>
      )}
    </>
  );
}
