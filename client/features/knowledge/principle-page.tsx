import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { BlockTags, MaturityBadge, dutchDate, KnowledgeNotFound } from './knowledge-ui';
import { PrincipleForm } from './principle-form';
import { LadderSection } from './ladder-section';
import { AdoptionsSection } from './adoptions-section';
import { EvidenceSection } from './evidence-section';

export type PrincipleDetail = RouterOutputs['knowledge']['getPrinciple'];

/** One working principle: what it says, where it stands on the ladder, where it spread, what supports it. */
export function PrinciplePage({ me }: { me: Me }) {
  const id = Number(useParams().id);
  const query = trpc.knowledge.getPrinciple.useQuery(
    { id },
    { enabled: Number.isSafeInteger(id) && id > 0, retry: false },
  );
  if (!Number.isSafeInteger(id) || id <= 0) return <KnowledgeNotFound />;
  if ((query.error?.data as { code?: string } | undefined)?.code === 'NOT_FOUND') return <KnowledgeNotFound />;
  return <QueryState query={query}>{(p) => <PrincipleView principle={p} me={me} />}</QueryState>;
}

function PrincipleView({ principle: p, me }: { principle: PrincipleDetail; me: Me }) {
  const { t } = useTranslation('knowledge');
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(params.get('bewerken') === '1' && p.canEdit);
  const stopEditing = () => {
    setEditing(false);
    if (params.has('bewerken')) setParams({}, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={p.statement}
        intro={
          <span className="meta-line">
            {t('types.principe')} · <MaturityBadge level={p.maturity} /> <BlockTags blocks={p.blocks} />
          </span>
        }
        actions={
          p.canEdit && !editing ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('principle.edit')}
            </Button>
          ) : undefined
        }
      />
      {editing && (
        <PrincipleForm
          id={p.id}
          revision={p.revision}
          initial={{
            statement: p.statement,
            explanation: p.explanation,
            blocks: p.blocks,
            foundAtLocationId: p.foundAtLocationId,
            ownerIds: p.owners.map((o) => o.id),
          }}
          onCancel={stopEditing}
          onDone={stopEditing}
        />
      )}
      <Section title={t('principle.about')} id="over">
        {p.explanation ? (
          <p className="prose">{p.explanation}</p>
        ) : (
          <p className="empty">{t('principle.noExplanation')}</p>
        )}
        <dl className="details">
          <dt>{t('fields.foundAt')}</dt>
          <dd>{p.foundAtName ?? t('fields.wholePartnershipShort')}</dd>
          <dt>{t('fields.identifiedOn')}</dt>
          <dd>{dutchDate(p.identifiedOn)}</dd>
          <dt>{t('fields.owners')}</dt>
          <dd>{p.owners.length ? p.owners.map((o) => o.name).join(', ') : '—'}</dd>
          <dt>{t('fields.blocks')}</dt>
          <dd>{p.blocks.map((b) => `${b} — ${t(`blocks.${b}`)}`).join('; ')}</dd>
        </dl>
      </Section>
      <LadderSection principle={p} />
      <AdoptionsSection principle={p} canWrite={can(me, 'knowledge.write')} />
      <EvidenceSection principle={p} canWrite={can(me, 'knowledge.write')} />
    </>
  );
}
