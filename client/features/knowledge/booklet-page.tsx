import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import type { Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { QueryState } from '../../components/ui/query-state';
import { LOS_BLOCKS } from '../../../shared/domain/los-model';
import { MATURITY_LEVELS, type MaturityLevel } from '../../../shared/domain/knowledge';
import { MaturityBadge, dutchDate } from './knowledge-ui';

type Booklet = RouterOutputs['knowledge']['booklet'];
type Principle = Booklet['principles'][number];

/**
 * The Werkende-principes boekje: a page meant for paper (A4, print CSS in knowledge.css) and for sharing
 * with partners and other regions. Principles at or above the chosen level, grouped by LOS-model block;
 * each is numbered once (P1, P2, …) and written out in full under its first block, referred to under the others.
 */
export function BookletPage({ me }: { me: Me }) {
  const { t } = useTranslation('knowledge');
  const [minMaturity, setMinMaturity] = useState<MaturityLevel>('beschreven');
  const query = trpc.knowledge.booklet.useQuery({ minMaturity }, { placeholderData: (previous) => previous });
  useEffect(() => {
    document.title = `${t('booklet.title')} — ${me.partnership.name}`;
  }, [t, me.partnership.name]);

  return (
    <article className="booklet">
      <div className="booklet-controls panel">
        <label className="inline-field">
          <span>{t('booklet.minMaturity')}</span>
          <select value={minMaturity} onChange={(e) => setMinMaturity(e.target.value as MaturityLevel)}>
            {MATURITY_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t('booklet.fromLevel', { level: t(`maturity.${l}`) })}
              </option>
            ))}
          </select>
        </label>
        <Button onClick={() => window.print()}>{t('booklet.print')}</Button>
      </div>
      <header className="booklet-cover">
        <h1>{t('booklet.title')}</h1>
        <p className="booklet-partnership">{me.partnership.name}</p>
        {query.data && (
          <p className="muted">
            {t('booklet.subtitle', {
              level: t(`maturity.${query.data.minMaturity}`),
              date: dutchDate(query.data.generatedOn),
            })}
          </p>
        )}
        <p>{t('booklet.intro')}</p>
      </header>
      <QueryState query={query} empty={(b) => b.principles.length === 0}>
        {(b) => <BookletBody booklet={b} />}
      </QueryState>
    </article>
  );
}

function BookletBody({ booklet }: { booklet: Booklet }) {
  const { t } = useTranslation('knowledge');
  const numberOf = new Map(booklet.principles.map((p, i) => [p.id, i + 1]));
  const firstBlockOf = (p: Principle) => p.blocks[0];
  return (
    <>
      {LOS_BLOCKS.map((block) => {
        const here = booklet.principles.filter((p) => p.blocks.includes(block));
        if (here.length === 0) return null;
        return (
          <section key={block} className="booklet-block" aria-labelledby={`blok-${block}`}>
            <h2 id={`blok-${block}`}>
              {block} — {t(`blocks.${block}`)}
            </h2>
            {here.map((p) =>
              firstBlockOf(p) === block ? (
                <BookletPrinciple key={p.id} principle={p} number={numberOf.get(p.id)!} />
              ) : (
                <p key={p.id} className="booklet-ref">
                  P{numberOf.get(p.id)} — {p.statement}{' '}
                  <span className="muted">{t('booklet.seeUnder', { block: firstBlockOf(p) })}</span>
                </p>
              ),
            )}
          </section>
        );
      })}
    </>
  );
}

function BookletPrinciple({ principle: p, number }: { principle: Principle; number: number }) {
  const { t } = useTranslation('knowledge');
  return (
    <article className="booklet-principle" aria-labelledby={`principe-${p.id}`}>
      <h3 id={`principe-${p.id}`}>
        P{number}. {p.statement}
      </h3>
      <p>
        <MaturityBadge level={p.maturity} />{' '}
        <span className="muted">{t('booklet.since', { date: dutchDate(p.maturityOn) })}</span>
      </p>
      {p.explanation && <p className="prose">{p.explanation}</p>}
      <dl className="details">
        <dt>{t('fields.blocks')}</dt>
        <dd>{p.blocks.join(', ')}</dd>
        <dt>{t('fields.foundAt')}</dt>
        <dd>{p.foundAtName ?? t('fields.wholePartnershipShort')}</dd>
        <dt>{t('booklet.adoptedAt')}</dt>
        <dd>
          {p.adoptions.length
            ? p.adoptions.map((a) => `${a.locationName} (${dutchDate(a.adoptedOn)})`).join('; ')
            : '—'}
        </dd>
        <dt>{t('booklet.contact')}</dt>
        <dd>{p.owners.length ? p.owners.join(', ') : '—'}</dd>
      </dl>
    </article>
  );
}
