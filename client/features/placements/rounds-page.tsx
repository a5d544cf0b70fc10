import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { EntityForm } from '../../components/ui/entity-form';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { roundInputSchema, type RoundInput } from '../../../shared/schemas/placements';
import { OBJECTIVES } from '../../../shared/domain/placements';
import { StatusBadge } from './placements-ui';

/** The partnership's placement rounds; a projectleider starts a new one here. */
export function RoundsPage({ me }: { me: Me }) {
  const { t } = useTranslation('placements');
  const navigate = useNavigate();
  const query = trpc.placements.list.useQuery();
  const years = trpc.schoolYears.list.useQuery().data ?? [];
  const create = trpc.placements.createRound.useMutation();
  const [adding, setAdding] = useState(false);
  const manage = can(me, 'placements.manage');
  const empty: RoundInput = { name: '', schoolYearId: years[0]?.id ?? 0, periodId: null, objective: 'optimal' };

  return (
    <>
      <PageHeader
        title={t('rounds.title')}
        intro={t('rounds.intro')}
        actions={manage && !adding ? <Button onClick={() => setAdding(true)}>{t('rounds.add')}</Button> : undefined}
      />
      {adding && (
        <div className="panel">
          <EntityForm
            title={t('rounds.add')}
            schema={roundInputSchema}
            initial={empty}
            busy={create.isPending}
            fields={[
              { name: 'name', label: t('fields.name'), kind: 'text', hint: t('rounds.nameHint') },
              {
                name: 'schoolYearId',
                label: t('fields.schoolYear'),
                kind: 'select',
                numeric: true,
                options: years.map((y) => ({ value: y.id, label: y.label })),
              },
              {
                name: 'periodId',
                label: t('fields.period'),
                kind: 'select',
                numeric: true,
                nullable: true,
                optional: true,
                hint: t('fields.periodHint'),
                options: years.flatMap((y) => y.periods.map((p) => ({ value: p.id, label: `${y.label} — ${p.name}` }))),
              },
              {
                name: 'objective',
                label: t('fields.objective'),
                kind: 'select',
                hint: t('objectiveHelp.both'),
                options: OBJECTIVES.map((o) => ({ value: o, label: t(`objective.${o}`) })),
              },
            ]}
            onSubmit={async (value) => {
              const { id } = await create.mutateAsync(value);
              await navigate(`/plaatsingen/${id}/invoer`);
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
      <QueryState query={query}>
        {(rounds) => (
          <DataTable
            caption={t('rounds.title')}
            rows={rounds}
            rowKey={(r) => r.id}
            columns={[
              { header: t('fields.name'), cell: (r) => <Link to={`/plaatsingen/${r.id}`}>{r.name}</Link> },
              { header: t('fields.schoolYear'), cell: (r) => r.schoolYearLabel },
              { header: t('fields.period'), cell: (r) => r.periodName ?? t('fields.wholeYear') },
              { header: t('fields.objective'), cell: (r) => t(`objective.${r.objective}`) },
              { header: t('fields.status'), cell: (r) => <StatusBadge status={r.status} /> },
              { header: t('fields.students'), cell: (r) => r.students, numeric: true },
              { header: t('fields.placed'), cell: (r) => r.placed, numeric: true },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
