import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../../lib/trpc';
import { Button } from '../../../components/ui/button';
import type { AgendaKind } from '../../../../shared/domain/regiegroep';
import { showCount, showDate } from '../format';
import type { MeetingData, Say } from './meeting-page';

type Proposals = NonNullable<MeetingData['proposals']>;

/**
 * What the platform proposes for the agenda: new and passed-on signals, open dilemmas, principles
 * ready to scale, overdue actions. One click puts it on the agenda (a new signal is thereby passed on).
 */
export function ProposalsSection({ meetingId, proposals, say }: { meetingId: number; proposals: Proposals; say: Say }) {
  const { t } = useTranslation(['regiegroep', 'knowledge', 'mentor-teams']);
  const add = trpc.regiegroep.addAgendaItem.useMutation();
  const utils = trpc.useUtils();
  const put = async (kind: AgendaKind, refId: number, title: string) => {
    try {
      await add.mutateAsync({ meetingId, kind, refId, title: '', note: '' });
      await Promise.all([
        utils.regiegroep.meeting.invalidate(),
        utils.regiegroep.dashboard.invalidate(),
        utils.mentorTeams.invalidate(),
      ]);
      say('success', t('agenda.added', { title }));
    } catch (e) {
      say('error', errorDetails(e).message);
    }
  };
  const groups: { kind: AgendaKind; title: string; rows: { id: number; title: string; detail: string }[] }[] = [
    {
      kind: 'signaal',
      title: t('proposals.signals'),
      rows: proposals.signals.map((s) => ({
        id: s.id,
        title: s.title,
        detail: `${t(`mentor-teams:signalStatuses.${s.status}`)} · ${s.teamName} · ${t('proposals.students', { students: showCount(s.students) })}`,
      })),
    },
    {
      kind: 'dilemma',
      title: t('proposals.dilemmas'),
      rows: proposals.dilemmas.map((d) => ({
        id: d.id,
        title: d.title,
        detail: `${t(`knowledge:statuses.${d.status}`)} · ${showDate(d.occurredOn)}`,
      })),
    },
    {
      kind: 'principe',
      title: t('proposals.principles'),
      rows: proposals.principles.map((p) => ({
        id: p.id,
        title: p.title,
        detail: t('proposals.adoptions', { count: p.adoptions }),
      })),
    },
    {
      kind: 'actiepunt',
      title: t('proposals.actions'),
      rows: proposals.actions.map((a) => ({
        id: a.id,
        title: a.title,
        detail: `${a.ownerName} · ${t('actions.dueShort', { date: showDate(a.dueOn) })}`,
      })),
    },
  ];
  return (
    <section className="section" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('proposals.title')}</h2>
      <p className="muted">{t('proposals.intro')}</p>
      {groups.map((g) => (
        <div key={g.kind} className="proposal-group">
          <h3>{g.title}</h3>
          {g.rows.length === 0 ? (
            <p className="empty">{t('proposals.none')}</p>
          ) : (
            <ul className="plain proposals">
              {g.rows.map((r) => (
                <li key={r.id}>
                  <span>
                    {r.title} <span className="muted">— {r.detail}</span>
                  </span>
                  <Button
                    variant="secondary"
                    disabled={add.isPending}
                    onClick={() => void put(g.kind, r.id, r.title)}
                    aria-label={t('proposals.putOn', { title: r.title })}
                  >
                    {t('proposals.put')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
