import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingData } from './meeting-page';

type Ref = MeetingData['agenda'][number]['ref'];

/** Where an agenda item or a decision points, with its status now, and a link to it where there is a page. */
export function RefLabel({ kind, refId, refInfo }: { kind: string; refId: number | null; refInfo: Ref }) {
  const { t } = useTranslation(['regiegroep', 'knowledge', 'mentor-teams']);
  if (!refInfo || refId === null) return null;
  const status =
    kind === 'signaal'
      ? t(`mentor-teams:signalStatuses.${refInfo.status}`)
      : kind === 'dilemma'
        ? t(`knowledge:statuses.${refInfo.status}`)
        : kind === 'principe'
          ? t(`knowledge:maturity.${refInfo.status}`)
          : t(`actionStatuses.${refInfo.status}`);
  const link =
    kind === 'dilemma' ? `/kennisbank/logboek/${refId}` : kind === 'principe' ? `/kennisbank/principes/${refId}` : null;
  const detail =
    kind === 'signaal'
      ? t('agenda.signalDetail', {
          team: refInfo.detail.teamName,
          students: refInfo.detail.students,
          count: refInfo.detail.weeksSeen,
        })
      : kind === 'actiepunt'
        ? refInfo.detail.ownerName
        : null;
  return (
    <span className="ref-label">
      <span className={`badge kind-${kind}`}>{t(`agendaKinds.${kind}`)}</span>{' '}
      {link ? <Link to={link}>{refInfo.title}</Link> : refInfo.title}
      <span className="muted">
        {' '}
        — {status}
        {detail ? ` · ${detail}` : ''}
      </span>
    </span>
  );
}
