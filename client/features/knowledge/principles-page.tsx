import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { MATURITY_LEVELS, type MaturityLevel } from '../../../shared/domain/knowledge';
import type { LosBlock } from '../../../shared/domain/los-model';
import {
  BlockOptions,
  BlockTags,
  FilterSelect,
  LocationOptions,
  MaturityBadge,
  useKnowledgeOptions,
} from './knowledge-ui';
import { EMPTY_PRINCIPLE, PrincipleForm } from './principle-form';

/** All working principles, most mature first, with filters on block, TOP-locatie and maturity. */
export function PrinciplesPage({ me }: { me: Me }) {
  const { t } = useTranslation('knowledge');
  const navigate = useNavigate();
  const [block, setBlock] = useState('');
  const [locationId, setLocationId] = useState('');
  const [maturity, setMaturity] = useState('');
  const [adding, setAdding] = useState(false);
  const options = useKnowledgeOptions().data;
  const query = trpc.knowledge.listPrinciples.useQuery(
    {
      block: (block || undefined) as LosBlock | undefined,
      locationId: locationId ? Number(locationId) : undefined,
      maturity: (maturity || undefined) as MaturityLevel | undefined,
    },
    { placeholderData: (previous) => previous },
  );

  return (
    <>
      <PageHeader
        title={t('principles.title')}
        intro={t('principles.intro')}
        actions={
          can(me, 'knowledge.write') && !adding ? (
            <Button onClick={() => setAdding(true)}>{t('principles.add')}</Button>
          ) : undefined
        }
      />
      {adding && (
        <PrincipleForm
          initial={EMPTY_PRINCIPLE}
          onCancel={() => setAdding(false)}
          onDone={(id) => void navigate(`/kennisbank/principes/${id}`)}
        />
      )}
      <div className="toolbar" role="group" aria-label={t('filters.label')}>
        <FilterSelect label={t('fields.block')} value={block} onChange={setBlock} allLabel={t('filters.allBlocks')}>
          <BlockOptions />
        </FilterSelect>
        <FilterSelect
          label={t('fields.location')}
          value={locationId}
          onChange={setLocationId}
          allLabel={t('filters.allLocations')}
        >
          <LocationOptions locations={options?.locations ?? []} />
        </FilterSelect>
        <FilterSelect
          label={t('fields.maturity')}
          value={maturity}
          onChange={setMaturity}
          allLabel={t('filters.allLevels')}
        >
          {MATURITY_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`maturity.${l}`)}
            </option>
          ))}
        </FilterSelect>
        <span className="muted" aria-live="polite">
          {query.data ? t('principles.count', { count: query.data.length }) : ''}
        </span>
      </div>
      <QueryState query={query}>
        {(rows) => (
          <DataTable
            caption={t('principles.title')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              {
                header: t('fields.statement'),
                cell: (r) => <Link to={`/kennisbank/principes/${r.id}`}>{r.statement}</Link>,
              },
              { header: t('fields.maturity'), cell: (r) => <MaturityBadge level={r.maturity} /> },
              { header: t('fields.blocks'), cell: (r) => <BlockTags blocks={r.blocks} /> },
              { header: t('fields.foundAt'), cell: (r) => r.foundAtName ?? t('fields.wholePartnershipShort') },
              { header: t('fields.adoptions'), cell: (r) => r.adoptionCount, numeric: true },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
