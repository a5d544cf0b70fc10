import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/trpc';
import { Button } from '../../../components/ui/button';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { ENTRY_STATUSES } from '../../../../shared/domain/knowledge';
import { showDate, showMonth } from '../format';
import { ChartFigure } from './chart-figure';
import { HorizontalBars, StackedColumns } from './bar-figures';
import type { Drill } from './use-dashboard-state';

type Panel = NonNullable<RouterOutputs['regiegroep']['dashboard']['knowledge']>;
type Category = Panel['dilemmasByCategory'][number];

/** Dilemmas by status over time and by category; principles by maturity; how far they have spread. */
export function KnowledgePanel({
  panel,
  filter,
  open,
  print,
}: {
  panel: Panel;
  filter: DashboardFilter;
  open: (d: Drill) => void;
  print?: boolean;
}) {
  const { t } = useTranslation(['regiegroep', 'knowledge']);
  const width = print ? 640 : undefined;
  const statuses = ENTRY_STATUSES.map((s) => ({ key: s, label: t(`knowledge:statuses.${s}`) }));
  const spreadLabel = (spread: number) =>
    spread === 3 ? t('knowledge.spreadMore') : t('knowledge.spreadCount', { count: spread });
  const categoryArgs = (c: Category): Record<string, string> =>
    c.category
      ? { category: c.category }
      : c.categoryId !== null
        ? { categoryId: String(c.categoryId) }
        : { uncategorised: '1' };
  const categoryName = (c: Category) =>
    c.category ? t(`knowledge:categories.${c.category}`) : (c.name ?? t('knowledge.uncategorised'));
  const cell = (n: number, kind: 'dilemmas' | 'principes', args: Record<string, string>) =>
    n === 0 || print ? (
      n
    ) : (
      <Button variant="link" onClick={() => open({ kind, args })} aria-label={t('knowledge.openCell', { count: n })}>
        {n}
      </Button>
    );
  return (
    <>
      <p className="panel-basis">{t('knowledge.basis', { date: showDate(panel.asOf) })}</p>
      <ChartFigure
        title={t('knowledge.timeTitle')}
        summary={t('knowledge.timeSummary')}
        csv="dilemmas-tijd"
        filter={filter}
        print={print}
        table={{
          columns: [{ header: t('signals.month') }, ...statuses.map((s) => ({ header: s.label, numeric: true }))],
          rows: panel.dilemmasOverTime.map((m) => ({
            key: m.month,
            cells: [
              showMonth(m.month),
              ...ENTRY_STATUSES.map((s) => cell(m[s], 'dilemmas', { month: m.month, status: s })),
            ],
          })),
        }}
      >
        <StackedColumns
          width={width}
          series={statuses}
          rows={panel.dilemmasOverTime.map((m) => ({ ...m, key: m.month, name: showMonth(m.month) }))}
          onOpen={(month, status) => open({ kind: 'dilemmas', args: { month, status } })}
        />
      </ChartFigure>
      <ChartFigure
        title={t('knowledge.categoryTitle')}
        summary={t('knowledge.categorySummary', { date: showDate(panel.asOf) })}
        csv="dilemmas-categorie"
        filter={filter}
        print={print}
        table={{
          columns: [{ header: t('knowledge.category') }, ...statuses.map((s) => ({ header: s.label, numeric: true }))],
          rows: panel.dilemmasByCategory.map((c) => ({
            key: `${c.category}-${c.categoryId}`,
            cells: [
              categoryName(c),
              ...ENTRY_STATUSES.map((s) => cell(c[s], 'dilemmas', { ...categoryArgs(c), status: s })),
            ],
          })),
        }}
      >
        {panel.dilemmasByCategory.length > 0 && (
          <StackedColumns
            horizontal
            width={width}
            series={statuses}
            rows={panel.dilemmasByCategory.map((c) => ({
              ...Object.fromEntries(ENTRY_STATUSES.map((s) => [s, c[s]])),
              key: JSON.stringify(categoryArgs(c)),
              name: categoryName(c),
            }))}
            onOpen={(key, status) =>
              open({ kind: 'dilemmas', args: { ...(JSON.parse(key) as Record<string, string>), status } })
            }
          />
        )}
      </ChartFigure>
      <ChartFigure
        title={t('knowledge.maturityTitle')}
        summary={t('knowledge.maturitySummary', { count: panel.readyToScale })}
        csv="principes"
        filter={filter}
        print={print}
        table={{
          columns: [{ header: t('knowledge.maturity') }, { header: t('knowledge.principles'), numeric: true }],
          rows: panel.principlesByMaturity.map((m) => ({
            key: m.maturity,
            cells: [t(`knowledge:maturity.${m.maturity}`), cell(m.principles, 'principes', { maturity: m.maturity })],
          })),
        }}
      >
        <HorizontalBars
          width={width}
          rows={panel.principlesByMaturity.map((m) => ({
            key: m.maturity,
            name: t(`knowledge:maturity.${m.maturity}`),
            value: m.principles,
            label: String(m.principles),
            onOpen: () => open({ kind: 'principes', args: { maturity: m.maturity } }),
          }))}
        />
      </ChartFigure>
      <ChartFigure
        title={t('knowledge.spreadTitle')}
        summary={t('knowledge.spreadSummary')}
        csv="spreiding"
        filter={filter}
        print={print}
        table={{
          columns: [{ header: t('knowledge.spread') }, { header: t('knowledge.principles'), numeric: true }],
          rows: panel.adoptionSpread.map((r) => ({
            key: r.spread,
            cells: [spreadLabel(r.spread), cell(r.principles, 'principes', { spread: String(r.spread) })],
          })),
        }}
      >
        <HorizontalBars
          width={width}
          rows={panel.adoptionSpread.map((r) => ({
            key: r.spread,
            name: spreadLabel(r.spread),
            value: r.principles,
            label: String(r.principles),
            onOpen: () => open({ kind: 'principes', args: { spread: String(r.spread) } }),
          }))}
        />
      </ChartFigure>
      <ChartFigure
        title={t('knowledge.adoptionsTitle')}
        summary={panel.adoptionsByLocation.length ? t('knowledge.adoptionsSummary') : t('knowledge.noAdoptions')}
        csv="overnames"
        filter={filter}
        print={print}
        table={{
          columns: [{ header: t('fields.location') }, { header: t('knowledge.adoptions'), numeric: true }],
          rows: panel.adoptionsByLocation.map((r) => ({
            key: r.locationId,
            cells: [r.name, cell(r.adoptions, 'principes', { adoptedAt: String(r.locationId) })],
          })),
        }}
      >
        {panel.adoptionsByLocation.length > 0 && (
          <HorizontalBars
            width={width}
            rows={panel.adoptionsByLocation.map((r) => ({
              key: r.locationId,
              name: r.name,
              value: r.adoptions,
              label: String(r.adoptions),
              onOpen: () => open({ kind: 'principes', args: { adoptedAt: String(r.locationId) } }),
            }))}
          />
        )}
      </ChartFigure>
    </>
  );
}
