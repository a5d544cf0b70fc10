import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { Button } from '../../../components/ui/button';
import type { Drill } from './use-dashboard-state';
import { TeamDrill, SignalsDrill } from './drill-teams';
import { PlacementsDrill } from './drill-placements';
import { EntriesDrill, PrinciplesDrill } from './drill-knowledge';

const num = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/**
 * The list behind a figure, below the filters. Opening one moves focus to its heading (so keyboard and
 * screen-reader users land on it); closing it is a button and the browser's back button.
 */
export function DrillSection({ drill, filter, close }: { drill: Drill; filter: DashboardFilter; close: () => void }) {
  const { t } = useTranslation('regiegroep');
  const heading = useRef<HTMLHeadingElement>(null);
  const key = JSON.stringify(drill);
  useEffect(() => heading.current?.focus(), [key]);
  const a = drill.args;
  return (
    <section className="section drill" aria-labelledby="detail-title">
      <div className="drill-head">
        <h2 id="detail-title" ref={heading} tabIndex={-1}>
          {t(`drill.title.${drill.kind}`)}
        </h2>
        <Button variant="secondary" onClick={close}>
          {t('drill.close')}
        </Button>
      </div>
      {drill.kind === 'team' && num(a.team) !== undefined && (
        <TeamDrill filter={filter} teamId={num(a.team)!} week={a.week} />
      )}
      {drill.kind === 'signalen' && <SignalsDrill filter={filter} args={a} />}
      {drill.kind === 'plaatsing' && (
        <PlacementsDrill
          filter={{
            ...filter,
            locationId: num(a.locatie) ?? filter.locationId,
            programmeId: num(a.opleiding) ?? filter.programmeId,
          }}
          args={a}
        />
      )}
      {drill.kind === 'dilemmas' && <EntriesDrill filter={filter} args={a} />}
      {drill.kind === 'principes' && <PrinciplesDrill filter={filter} args={a} />}
    </section>
  );
}
