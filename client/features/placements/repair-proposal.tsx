import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { useActionStatus, useDayList, useRankText } from './placements-ui';
import { FreedSeat } from './freed-seat';

type Proposal = NonNullable<RouterOutputs['placements']['repairProposal']>;
type At = Proposal['moves'][number]['from'];

/** The latest repair proposal: the change, and each student who would move — now and after — to confirm. */
export function RepairProposalView({ roundId, manage }: { roundId: number; manage: boolean }) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const query = trpc.placements.repairProposal.useQuery({ roundId });
  const apply = trpc.placements.applyRepair.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const discard = trpc.placements.discardRepair.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const status = useActionStatus();
  const p = query.data;
  if (!p) return status.view;
  const change =
    p.change.kind === 'withdraw'
      ? t('repair.change.withdraw', { name: p.change.studentName })
      : t('repair.change.capacity', { name: p.change.locationName, from: p.change.from ?? '—', to: p.change.to });
  const open = p.state === 'open' || p.state === 'verouderd';

  return (
    <Section title={t('repair.proposal')}>
      {status.view}
      <p>{change}</p>
      {p.state === 'verouderd' ? (
        <Notice kind="warning">{t('repair.state.verouderd')}</Notice>
      ) : (
        <p className="proposal-state">{t(`repair.state.${p.state}`)}</p>
      )}
      {p.run.state === 'klaar' && (
        <>
          {p.moves.length === 0 ? (
            <p>{t('repair.nobodyMoves')}</p>
          ) : (
            <div className="table-wrap">
              <table className="side-by-side">
                <caption>{t('repair.movesCaption', { count: p.moves.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('fields.student')}</th>
                    <th scope="col">{t('repair.before')}</th>
                    <th scope="col">{t('repair.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.moves.map((m) => (
                    <tr key={m.participantId}>
                      <th scope="row">{m.name}</th>
                      <td className="before">
                        <Place at={m.from} rank={m.rankBefore} />
                      </td>
                      <td className="after">
                        <Place at={m.to} rank={m.rankAfter} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {open && manage && (
            <div className="inline-actions">
              <Button
                disabled={!p.current || apply.isPending}
                onClick={() => void apply.mutateAsync({ runId: p.run.id }).then(() => status.clear(), status.failed)}
              >
                {t('repair.apply')}
              </Button>
              <Button
                variant="secondary"
                disabled={discard.isPending}
                onClick={() => void discard.mutateAsync({ runId: p.run.id }).then(() => status.clear(), status.failed)}
              >
                {t('repair.discard')}
              </Button>
            </div>
          )}
        </>
      )}
      {p.freedSeat && <FreedSeat seat={p.freedSeat} applied={p.state === 'toegepast'} manage={manage} />}
    </Section>
  );
}

function Place({ at, rank }: { at: At; rank: number | null }) {
  const { t } = useTranslation('placements');
  const dayList = useDayList();
  const rankText = useRankText();
  if (!at) return <em>{t('results.unplaced')}</em>;
  return (
    <>
      <strong>{at.locationName}</strong> ({rankText(rank)})
      <br />
      {[at.supervisorName, dayList(at.days)].filter(Boolean).join(' · ')}
    </>
  );
}
