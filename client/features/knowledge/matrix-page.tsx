import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { MaturityBadge, dutchDate } from './knowledge-ui';

/** Principles × TOP-locaties: where each was found (●) and where it was taken up (✓ with the date). */
export function MatrixPage() {
  const { t } = useTranslation('knowledge');
  const query = trpc.knowledge.matrix.useQuery();
  return (
    <>
      <PageHeader title={t('matrix.title')} intro={t('matrix.intro')} />
      <p className="legend">
        <span aria-hidden="true">●</span> {t('matrix.found')} · <span aria-hidden="true">✓</span> {t('matrix.adopted')}{' '}
        · — {t('matrix.notYet')}
      </p>
      <QueryState query={query} empty={(m) => m.principles.length === 0}>
        {(m) => (
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls sideways must take focus, or keyboard users cannot scroll it (axe: scrollable-region-focusable)
          <div className="table-wrap matrix-wrap" tabIndex={0} role="region" aria-label={t('matrix.title')}>
            <table className="matrix">
              <caption className="visually-hidden">{t('matrix.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.statement')}</th>
                  <th scope="col">{t('fields.maturity')}</th>
                  {m.locations.map((l) => (
                    <th key={l.id} scope="col" className="matrix-location">
                      {l.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {m.principles.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`/kennisbank/principes/${p.id}`}>{p.statement}</Link>
                    </th>
                    <td>
                      <MaturityBadge level={p.maturity} />
                    </td>
                    {m.locations.map((l) => {
                      const adoption = p.adoptions.find((a) => a.locationId === l.id);
                      if (l.id === p.foundAtLocationId) {
                        return (
                          <td key={l.id} className="cell-found">
                            <span aria-hidden="true">● </span>
                            {t('matrix.found')}
                          </td>
                        );
                      }
                      if (adoption) {
                        return (
                          <td key={l.id} className="cell-adopted">
                            <span aria-hidden="true">✓ </span>
                            {t('matrix.adoptedOn', { date: dutchDate(adoption.adoptedOn) })}
                          </td>
                        );
                      }
                      return (
                        <td key={l.id} className="cell-empty">
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">{t('matrix.notYet')}</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </>
  );
}
