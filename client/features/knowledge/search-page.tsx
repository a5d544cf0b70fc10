import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterInputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { ENTRY_STATUSES, MATURITY_LEVELS } from '../../../shared/domain/knowledge';
import { SEARCH_TEXT_MAX, SEARCH_TYPES } from '../../../shared/schemas/knowledge';
import {
  Badge,
  BlockOptions,
  BlockTags,
  FilterSelect,
  Highlighted,
  LocationOptions,
  dutchDate,
  useKnowledgeOptions,
} from './knowledge-ui';

type SearchInput = RouterInputs['knowledge']['search'];
const EMPTY = { q: '', type: '', status: '', block: '', locationId: '', from: '', to: '' };

/** One search over principles, dilemmas, successes, vraagstukken and their threads, with filters. */
export function SearchPage() {
  const { t } = useTranslation('knowledge');
  const options = useKnowledgeOptions().data;
  const [draft, setDraft] = useState(EMPTY);
  const [input, setInput] = useState<SearchInput>({ q: '' });
  const query = trpc.knowledge.search.useQuery(input, { placeholderData: (previous) => previous });
  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setInput({
      q: draft.q,
      type: (draft.type || undefined) as SearchInput['type'],
      status: (draft.status || undefined) as SearchInput['status'],
      block: (draft.block || undefined) as SearchInput['block'],
      locationId: draft.locationId ? Number(draft.locationId) : undefined,
      from: draft.from || undefined,
      to: draft.to || undefined,
    });
  }

  return (
    <>
      <PageHeader title={t('search.title')} intro={t('search.intro')} />
      <form role="search" aria-label={t('search.title')} onSubmit={submit} className="search-form panel">
        <div className="search-line">
          <label className="inline-field search-text">
            <span>{t('search.label')}</span>
            <input
              type="search"
              value={draft.q}
              maxLength={SEARCH_TEXT_MAX}
              onChange={(e) => set('q')(e.target.value)}
            />
          </label>
          <Button type="submit">{t('common:actions.search')}</Button>
        </div>
        <div className="toolbar">
          <FilterSelect
            label={t('fields.type')}
            value={draft.type}
            onChange={set('type')}
            allLabel={t('filters.allTypes')}
          >
            {SEARCH_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`types.${x}`)}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label={t('fields.status')}
            value={draft.status}
            onChange={set('status')}
            allLabel={t('filters.allStatuses')}
          >
            <optgroup label={t('search.entryStatuses')}>
              {ENTRY_STATUSES.map((x) => (
                <option key={x} value={x}>
                  {t(`statuses.${x}`)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('search.maturityLevels')}>
              {MATURITY_LEVELS.map((x) => (
                <option key={x} value={x}>
                  {t(`maturity.${x}`)}
                </option>
              ))}
            </optgroup>
          </FilterSelect>
          <FilterSelect
            label={t('fields.block')}
            value={draft.block}
            onChange={set('block')}
            allLabel={t('filters.allBlocks')}
          >
            <BlockOptions />
          </FilterSelect>
          <FilterSelect
            label={t('fields.location')}
            value={draft.locationId}
            onChange={set('locationId')}
            allLabel={t('filters.allLocations')}
          >
            <LocationOptions locations={options?.locations ?? []} />
          </FilterSelect>
          <label className="inline-field">
            <span>{t('search.from')}</span>
            <input type="date" value={draft.from} onChange={(e) => set('from')(e.target.value)} />
          </label>
          <label className="inline-field">
            <span>{t('search.to')}</span>
            <input type="date" value={draft.to} onChange={(e) => set('to')(e.target.value)} />
          </label>
        </div>
      </form>
      <QueryState query={query}>
        {(data) => (
          <>
            <p className="muted" role="status">
              {t(data.truncated ? 'search.countTruncated' : 'search.count', { count: data.results.length })}
            </p>
            <ol className="results">
              {data.results.map((r) => (
                <li key={`${r.kind}-${r.id}`}>
                  <p className="result-title">
                    <Badge tone={r.type as 'principe'}>{t(`types.${r.type}`)}</Badge>{' '}
                    <Link to={r.kind === 'principe' ? `/kennisbank/principes/${r.id}` : `/kennisbank/logboek/${r.id}`}>
                      {r.title}
                    </Link>
                  </p>
                  {r.snippet && (
                    <p className="snippet">
                      <Highlighted text={r.snippet} />
                    </p>
                  )}
                  <p className="muted result-meta">
                    {t(r.kind === 'principe' ? `maturity.${r.status}` : `statuses.${r.status}`)} · {dutchDate(r.date)} ·{' '}
                    {r.locationName ?? t('fields.wholePartnershipShort')}
                  </p>
                  <BlockTags blocks={r.blocks} />
                </li>
              ))}
            </ol>
          </>
        )}
      </QueryState>
    </>
  );
}
