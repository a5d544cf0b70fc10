import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/trpc';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { showDate } from '../format';
import { PlacementsPanel } from './placements-panel';
import { MentorTeamsPanel } from './mentor-teams-panel';
import { KnowledgePanel } from './knowledge-panel';
import { ActionsPanel } from './actions-panel';
import type { Drill } from './use-dashboard-state';

type Dash = RouterOutputs['regiegroep']['dashboard'];

function Panel({
  id,
  title,
  notApplicable,
  children,
}: {
  id: string;
  title: string;
  notApplicable?: string[];
  children: ReactNode;
}) {
  const { t } = useTranslation('regiegroep');
  return (
    <section className="section dashboard-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {notApplicable && notApplicable.length > 0 && (
        <p className="panel-basis">{t('dashboard.notApplicable', { filters: notApplicable.join(', ') })}</p>
      )}
      {children}
    </section>
  );
}

/** Every panel the viewer may see, for the dashboard and (with `print`) the meeting pack. */
export function DashboardPanels({
  data,
  filter,
  open,
  print,
}: {
  data: Dash;
  filter: DashboardFilter;
  open: (d: Drill) => void;
  print?: boolean;
}) {
  const { t } = useTranslation('regiegroep');
  const s = data.scope;
  if (s.empty) return <p className="empty panel-empty">{t('dashboard.emptySelection')}</p>;
  const location = s.locationFilter ? [t('fields.location')] : [];
  const programme = s.programmeFilter ? [t('fields.programme')] : [];
  return (
    <>
      <p className="scope-line">
        {t('dashboard.scope', {
          year: s.schoolYear?.label ?? '—',
          period: s.period?.name ?? t('filters.wholeYear'),
          from: showDate(s.from),
          to: showDate(s.to),
        })}{' '}
        {t('dashboard.privacy')}
      </p>
      {data.actions && data.meetings && (
        <Panel id="regie" title={t('dashboard.regieTitle')}>
          <ActionsPanel actions={data.actions} meetings={data.meetings} print={print} />
        </Panel>
      )}
      {data.placements && (
        <Panel id="plaatsing" title={t('dashboard.placementsTitle')}>
          <PlacementsPanel panel={data.placements} filter={filter} open={open} print={print} />
        </Panel>
      )}
      <Panel
        id="mentorteams"
        title={data.viewer.whole ? t('dashboard.teamsTitle') : t('dashboard.ownTeamsTitle')}
        notApplicable={location}
      >
        <MentorTeamsPanel panel={data.mentorTeams} filter={filter} open={open} print={print} />
      </Panel>
      {data.knowledge && (
        <Panel id="kennis" title={t('dashboard.knowledgeTitle')} notApplicable={programme}>
          <KnowledgePanel panel={data.knowledge} filter={filter} open={open} print={print} />
        </Panel>
      )}
    </>
  );
}
