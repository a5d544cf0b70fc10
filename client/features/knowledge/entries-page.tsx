import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import {
  ENTRY_STATUSES,
  ENTRY_TYPES,
  PRACTICAL_CATEGORIES,
  type EntryStatus,
  type EntryType,
  type PracticalCategory,
} from '../../../shared/domain/knowledge';
import type { LosBlock } from '../../../shared/domain/los-model';
import {
  Badge,
  BlockOptions,
  BlockTags,
  FilterSelect,
  LocationOptions,
  dutchDate,
  useKnowledgeOptions,
} from './knowledge-ui';
import { EntryForm, emptyEntry } from './entry-form';

/** The log of dilemmas, successes and vraagstukken, newest first, with filters. */
export function EntriesPage({ me }: { me: Me }) {
  const { t } = useTranslation('knowledge');
  const navigate = useNavigate();
  const options = useKnowledgeOptions().data;
  const [adding, setAdding] = useState(false);
  const [filter, setFilter] = useState({ type: '', status: '', block: '', locationId: '', category: '' });
  const set = (key: keyof typeof filter) => (value: string) => setFilter((f) => ({ ...f, [key]: value }));
  const [catKind, catRef] = filter.category.split(':');
  const query = trpc.knowledge.listEntries.useQuery(
    {
      type: (filter.type || undefined) as EntryType | undefined,
      status: (filter.status || undefined) as EntryStatus | undefined,
      block: (filter.block || undefined) as LosBlock | undefined,
      locationId: filter.locationId ? Number(filter.locationId) : undefined,
      category: catKind === 'vast' ? (catRef as PracticalCategory) : undefined,
      categoryId: catKind === 'eigen' ? Number(catRef) : undefined,
    },
    { placeholderData: (previous) => previous },
  );

  return (
    <>
      <PageHeader
        title={t('entries.title')}
        intro={t('entries.intro')}
        actions={
          can(me, 'knowledge.write') && !adding ? (
            <Button onClick={() => setAdding(true)}>{t('entries.add')}</Button>
          ) : undefined
        }
      />
      {adding && options && (
        <EntryForm
          initial={emptyEntry(options.ownLocationId)}
          onCancel={() => setAdding(false)}
          onDone={(id) => void navigate(`/kennisbank/logboek/${id}`)}
        />
      )}
      <div className="toolbar" role="group" aria-label={t('filters.label')}>
        <FilterSelect
          label={t('fields.type')}
          value={filter.type}
          onChange={set('type')}
          allLabel={t('filters.allTypes')}
        >
          {ENTRY_TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`types.${x}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('fields.status')}
          value={filter.status}
          onChange={set('status')}
          allLabel={t('filters.allStatuses')}
        >
          {ENTRY_STATUSES.map((x) => (
            <option key={x} value={x}>
              {t(`statuses.${x}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label={t('fields.block')}
          value={filter.block}
          onChange={set('block')}
          allLabel={t('filters.allBlocks')}
        >
          <BlockOptions />
        </FilterSelect>
        <FilterSelect
          label={t('fields.location')}
          value={filter.locationId}
          onChange={set('locationId')}
          allLabel={t('filters.allLocations')}
        >
          <LocationOptions locations={options?.locations ?? []} />
        </FilterSelect>
        <FilterSelect
          label={t('fields.category')}
          value={filter.category}
          onChange={set('category')}
          allLabel={t('filters.allCategories')}
        >
          {PRACTICAL_CATEGORIES.map((c) => (
            <option key={c} value={`vast:${c}`}>
              {t(`categories.${c}`)}
            </option>
          ))}
          {(options?.categories ?? []).map((c) => (
            <option key={c.id} value={`eigen:${c.id}`}>
              {c.name}
            </option>
          ))}
        </FilterSelect>
        <span className="muted" aria-live="polite">
          {query.data ? t('entries.count', { count: query.data.length }) : ''}
        </span>
      </div>
      <QueryState query={query}>
        {(rows) => (
          <DataTable
            caption={t('entries.title')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t('fields.title'), cell: (r) => <Link to={`/kennisbank/logboek/${r.id}`}>{r.title}</Link> },
              { header: t('fields.type'), cell: (r) => <Badge tone={r.type}>{t(`types.${r.type}`)}</Badge> },
              { header: t('fields.status'), cell: (r) => `${t(`statuses.${r.status}`)} (${dutchDate(r.statusOn)})` },
              { header: t('fields.location'), cell: (r) => r.locationName ?? t('fields.wholePartnershipShort') },
              { header: t('fields.blocks'), cell: (r) => <BlockTags blocks={r.blocks} /> },
              { header: t('fields.occurredOn'), cell: (r) => dutchDate(r.occurredOn) },
              { header: t('entries.posts'), cell: (r) => r.postCount, numeric: true },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
