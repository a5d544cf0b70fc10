import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../lib/trpc';
import { QueryState } from '../../../components/ui/query-state';
import { DataTable } from '../../../components/ui/data-table';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { ENTRY_STATUSES, MATURITY_LEVELS, PRACTICAL_CATEGORIES } from '../../../../shared/domain/knowledge';
import { showDate, showMonth } from '../format';

const pick = <T extends string>(list: readonly T[], v: string | undefined) =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;
const id = (v: string | undefined) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);

/** The dilemmas behind a figure, with their status as it stood then; each opens in the knowledge base. */
export function EntriesDrill({ filter, args }: { filter: DashboardFilter; args: Record<string, string> }) {
  const { t } = useTranslation(['regiegroep', 'knowledge']);
  const input = {
    ...filter,
    status: pick(ENTRY_STATUSES, args.status),
    category: pick(PRACTICAL_CATEGORIES, args.category),
    categoryId: id(args.categoryId),
    uncategorised: args.uncategorised === '1' ? true : undefined,
    month: args.month && /^\d{4}-\d{2}$/.test(args.month) ? args.month : undefined,
  };
  const query = trpc.regiegroep.drillEntries.useQuery(input);
  return (
    <>
      <p className="muted">
        {[
          input.status && t(`knowledge:statuses.${input.status}`),
          input.month && t('drill.atMonthEnd', { month: showMonth(input.month) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <QueryState query={query}>
        {(rows) => (
          <DataTable
            caption={t('drill.title.dilemmas')}
            rows={rows}
            rowKey={(e) => e.id}
            columns={[
              { header: t('drill.dilemma'), cell: (e) => <Link to={`/kennisbank/logboek/${e.id}`}>{e.title}</Link> },
              { header: t('drill.state'), cell: (e) => t(`knowledge:statuses.${e.status}`) },
              {
                header: t('knowledge.category'),
                cell: (e) => (e.category ? t(`knowledge:categories.${e.category}`) : (e.categoryName ?? '—')),
              },
              { header: t('fields.location'), cell: (e) => e.locationName ?? t('drill.wholePartnership') },
              { header: t('drill.occurredOn'), cell: (e) => showDate(e.occurredOn) },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}

/** The principles behind a figure, with maturity, where found and where adopted. */
export function PrinciplesDrill({ filter, args }: { filter: DashboardFilter; args: Record<string, string> }) {
  const { t } = useTranslation(['regiegroep', 'knowledge']);
  const spread = args.spread && /^[0-3]$/.test(args.spread) ? Number(args.spread) : undefined;
  const query = trpc.regiegroep.drillPrinciples.useQuery({
    ...filter,
    maturity: pick(MATURITY_LEVELS, args.maturity),
    adoptedAt: id(args.adoptedAt),
    spread,
  });
  return (
    <QueryState query={query}>
      {(rows) => (
        <DataTable
          caption={t('drill.title.principes')}
          rows={rows}
          rowKey={(p) => p.id}
          columns={[
            {
              header: t('drill.principle'),
              cell: (p) => <Link to={`/kennisbank/principes/${p.id}`}>{p.statement}</Link>,
            },
            { header: t('knowledge.maturity'), cell: (p) => t(`knowledge:maturity.${p.maturity}`) },
            { header: t('drill.foundAt'), cell: (p) => p.foundAtName ?? t('drill.wholePartnership') },
            {
              header: t('knowledge.adoptions'),
              cell: (p) =>
                p.adoptedAt.length ? p.adoptedAt.map((a) => `${a.name} (${showDate(a.adoptedOn)})`).join('; ') : '—',
            },
          ]}
        />
      )}
    </QueryState>
  );
}
