import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { DataTable } from '../../components/ui/data-table';
import { Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { useDayList, useRankText } from './placements-ui';
import { useRoundOutlet } from './round-layout';

/** Per TOP-locatie: how full it is, its werkbegeleiders' load, and who is placed there. */
export function LocationListsPage() {
  const { t } = useTranslation('placements');
  const { round } = useRoundOutlet();
  const query = trpc.placements.locationLists.useQuery({ roundId: round.id });
  const dayList = useDayList();
  const rankText = useRankText();
  return (
    <QueryState query={query}>
      {(lists) => (
        <>
          <h2>{t('lists.title')}</h2>
          {lists.map((l) => (
            <Section key={l.id} title={l.name} id={`locatie-${l.id}`}>
              <p>
                {t('lists.fill', { placed: l.students.length, capacity: l.capacity })}
                {l.supervisors.length > 0 &&
                  ` · ${l.supervisors.map((s) => t('lists.supervisorLoad', { name: s.name, load: s.load, capacity: s.capacity })).join(' · ')}`}
              </p>
              <DataTable
                caption={t('lists.caption', { name: l.name })}
                rows={l.students}
                rowKey={(s) => s.participantId}
                columns={[
                  { header: t('fields.student'), cell: (s) => s.name },
                  { header: t('fields.programme'), cell: (s) => s.programmeName },
                  { header: t('fields.supervisor'), cell: (s) => s.supervisorName ?? '—' },
                  { header: t('fields.days'), cell: (s) => dayList(s.days) },
                  { header: t('fields.choice'), cell: (s) => rankText(s.rank) },
                ]}
              />
            </Section>
          ))}
        </>
      )}
    </QueryState>
  );
}
