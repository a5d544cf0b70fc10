import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Badge, BlockTags, MaturityBadge, dutchDate, KnowledgeNotFound } from './knowledge-ui';
import { EntryForm } from './entry-form';
import { EntryStatusSection } from './entry-status';
import { EntryThread } from './entry-thread';

export type EntryDetail = RouterOutputs['knowledge']['getEntry'];

/** One dilemma, success or vraagstuk: what it is, its status history, its discussion, what came of it. */
export function EntryPage() {
  const id = Number(useParams().id);
  const query = trpc.knowledge.getEntry.useQuery({ id }, { enabled: Number.isSafeInteger(id) && id > 0, retry: false });
  if (!Number.isSafeInteger(id) || id <= 0) return <KnowledgeNotFound />;
  if ((query.error?.data as { code?: string } | undefined)?.code === 'NOT_FOUND') return <KnowledgeNotFound />;
  return <QueryState query={query}>{(entry) => <EntryView entry={entry} />}</QueryState>;
}

function EntryView({ entry: e }: { entry: EntryDetail }) {
  const { t } = useTranslation('knowledge');
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const makePrinciple = trpc.knowledge.createPrincipleFromEntry.useMutation();
  const utils = trpc.useUtils();

  async function startPrinciple() {
    try {
      const { id } = await makePrinciple.mutateAsync({ entryId: e.id });
      await utils.knowledge.invalidate();
      await navigate(`/kennisbank/principes/${id}?bewerken=1`);
    } catch (err) {
      setError(errorDetails(err).message);
    }
  }

  return (
    <>
      <PageHeader
        title={e.title}
        intro={
          <span className="meta-line">
            <Badge tone={e.type}>{t(`types.${e.type}`)}</Badge> {t(`statuses.${e.status}`)} · {dutchDate(e.statusOn)}
          </span>
        }
        actions={
          e.canEdit ? (
            <>
              <Button onClick={() => void startPrinciple()} disabled={makePrinciple.isPending}>
                {t('entry.makePrinciple')}
              </Button>
              {!editing && (
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {t('entry.edit')}
                </Button>
              )}
            </>
          ) : undefined
        }
      />
      {error && <Notice kind="error">{error}</Notice>}
      {editing && (
        <EntryForm
          id={e.id}
          revision={e.revision}
          initial={{
            type: e.type,
            title: e.title,
            description: e.description,
            category: e.category,
            categoryId: e.categoryId,
            locationId: e.locationId,
            blocks: e.blocks,
            involved: e.involved,
            occurredOn: e.occurredOn,
          }}
          onCancel={() => setEditing(false)}
          onDone={() => setEditing(false)}
        />
      )}
      <Section title={t('entry.about')} id="over">
        {e.description ? <p className="prose">{e.description}</p> : <p className="empty">{t('entry.noDescription')}</p>}
        <dl className="details">
          <dt>{t('fields.category')}</dt>
          <dd>{e.category ? t(`categories.${e.category}`) : (e.categoryName ?? '—')}</dd>
          <dt>{t('fields.location')}</dt>
          <dd>{e.locationName ?? t('fields.wholePartnershipShort')}</dd>
          <dt>{t('fields.blocks')}</dt>
          <dd>
            <BlockTags blocks={e.blocks} />
          </dd>
          <dt>{t('fields.involved')}</dt>
          <dd>{e.involved.length ? e.involved.map((g) => t(`involved.${g}`)).join(', ') : '—'}</dd>
          <dt>{t('fields.occurredOn')}</dt>
          <dd>{dutchDate(e.occurredOn)}</dd>
          <dt>{t('entry.loggedBy')}</dt>
          <dd>{e.createdByName}</dd>
        </dl>
      </Section>
      {e.principles.length > 0 && (
        <Section title={t('entry.principles')} id="principes">
          <ul className="plain">
            {e.principles.map((p) => (
              <li key={p.id}>
                <Link to={`/kennisbank/principes/${p.id}`}>{p.statement}</Link> <MaturityBadge level={p.maturity} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <EntryThread entry={e} />
      <EntryStatusSection entry={e} />
    </>
  );
}
