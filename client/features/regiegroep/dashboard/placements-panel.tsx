import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../../lib/trpc';
import { Button } from '../../../components/ui/button';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import { formatDateTime } from '../../../lib/format';
import { barValue, showCount, showPercent } from '../format';
import { ChartFigure } from './chart-figure';
import { HorizontalBars } from './bar-figures';
import { ExportCsvButton } from './export-csv-button';
import type { Drill } from './use-dashboard-state';

type Panel = NonNullable<RouterOutputs['regiegroep']['dashboard']['placements']>;
type Open = (drill: Drill) => void;

/** Students placed against to place, fill per TOP-locatie and programme, unplaced and why, ranks. */
export function PlacementsPanel({
  panel,
  filter,
  open,
  print,
}: {
  panel: Panel;
  filter: DashboardFilter;
  open: Open;
  print?: boolean;
}) {
  const { t } = useTranslation('regiegroep');
  if (!panel.round) return <p className="empty">{t('placements.noRound')}</p>;
  const { totals, ranks } = panel;
  const drill = (args: Record<string, string>) => () => open({ kind: 'plaatsing', args });
  // On paper a figure is text: print CSS hides buttons.
  const linkTo = (label: string, args: Record<string, string>) =>
    print ? (
      label
    ) : (
      <Button variant="link" onClick={drill(args)}>
        {label}
      </Button>
    );
  const width = print ? 640 : undefined;
  const basis = t('placements.basis', {
    round: panel.round.name,
    date: panel.round.publishedAt ? formatDateTime(panel.round.publishedAt).slice(0, 10) : '—',
    withdrawn: showCount(panel.withdrawn),
  });
  const figure = (label: string, value: string, args: Record<string, string> | null) => (
    <div>
      <dt>{label}</dt>
      <dd>
        {args && !print ? (
          <Button variant="link" onClick={drill(args)} aria-label={`${label}: ${value}`}>
            {value}
          </Button>
        ) : (
          value
        )}
      </dd>
    </div>
  );
  return (
    <>
      <p className="panel-basis">{basis}</p>
      <dl className="figures key-figures">
        {totals.toPlace !== null && figure(t('placements.toPlace'), showCount(totals.toPlace), null)}
        {figure(t('placements.placed'), showCount(totals.placed), { outcome: 'geplaatst' })}
        {totals.unplaced !== null &&
          figure(t('placements.unplaced'), showCount(totals.unplaced), { outcome: 'niet-geplaatst' })}
        {figure(t('placements.fillRate'), showPercent(totals.fillRate), null)}
      </dl>
      {[totals.toPlace, totals.placed, totals.unplaced].includes('x') && (
        <p className="panel-basis">{t('placements.shieldedNote')}</p>
      )}
      {!print && <ExportCsvButton table="plaatsing-totaal" filter={filter} title={t('placements.keyFigures')} />}
      <ChartFigure
        title={t('placements.fillTitle')}
        summary={t('placements.fillSummary', { count: panel.fill.length, capacity: totals.capacity })}
        csv="plaatsing-vulling"
        filter={filter}
        print={print}
        table={{
          columns: [
            { header: t('fields.location') },
            { header: t('placements.capacity'), numeric: true },
            { header: t('placements.placed'), numeric: true },
            { header: t('placements.fillRate'), numeric: true },
          ],
          rows: panel.fill.map((l) => ({
            key: l.locationId,
            cells: [
              linkTo(l.name, { outcome: 'geplaatst', locatie: String(l.locationId) }),
              l.capacity,
              showCount(l.placed),
              showPercent(l.fillRate),
            ],
          })),
        }}
      >
        <HorizontalBars
          width={width}
          max={100}
          rows={panel.fill.map((l) => ({
            key: l.locationId,
            name: l.name,
            value: l.fillRate ?? 0,
            label: l.fillRate === null ? showCount(l.placed) : showPercent(l.fillRate),
            onOpen: drill({ outcome: 'geplaatst', locatie: String(l.locationId) }),
          }))}
        />
      </ChartFigure>
      <ChartFigure
        title={t('placements.programmeTitle')}
        summary={t('placements.programmeSummary')}
        csv="plaatsing-vulling"
        filter={filter}
        print={print}
        table={{
          columns: [
            { header: t('fields.programme') },
            { header: t('placements.capacity'), numeric: true },
            { header: t('placements.placed'), numeric: true },
            { header: t('placements.fillRate'), numeric: true },
          ],
          rows: panel.byProgramme.map((p) => ({
            key: p.programmeId,
            cells: [
              linkTo(p.name, { outcome: 'geplaatst', opleiding: String(p.programmeId) }),
              p.capacity,
              showCount(p.placed),
              showPercent(p.fillRate),
            ],
          })),
        }}
      >
        <HorizontalBars
          width={width}
          max={100}
          rows={panel.byProgramme.map((p) => ({
            key: p.programmeId,
            name: p.name,
            value: p.fillRate ?? 0,
            label: p.fillRate === null ? showCount(p.placed) : showPercent(p.fillRate),
            onOpen: drill({ outcome: 'geplaatst', opleiding: String(p.programmeId) }),
          }))}
        />
      </ChartFigure>
      {panel.unplacedReasons && (
        <ChartFigure
          title={t('placements.reasonsTitle')}
          summary={panel.unplacedReasons.length ? t('placements.reasonsSummary') : t('placements.noneUnplaced')}
          csv="plaatsing-niet-geplaatst"
          filter={filter}
          print={print}
          table={{
            columns: [{ header: t('placements.reason') }, { header: t('fields.students'), numeric: true }],
            rows: panel.unplacedReasons.map((r) => ({
              key: r.reason,
              cells: [
                linkTo(t(`reasons.${r.reason}`), { outcome: 'niet-geplaatst', reason: r.reason }),
                showCount(r.students),
              ],
            })),
          }}
        >
          {panel.unplacedReasons.length > 0 && (
            <HorizontalBars
              width={width}
              rows={panel.unplacedReasons.map((r) => ({
                key: r.reason,
                name: t(`reasons.${r.reason}`),
                value: barValue(r.students),
                label: showCount(r.students),
                onOpen: drill({ outcome: 'niet-geplaatst', reason: r.reason }),
              }))}
            />
          )}
        </ChartFigure>
      )}
      {ranks === null ? (
        <p className="empty">{t('placements.ranksFiltered')}</p>
      ) : (
        <ChartFigure
          title={t('placements.ranksTitle')}
          summary={t('placements.ranksSummary')}
          csv="plaatsing-voorkeur"
          filter={filter}
          print={print}
          table={{
            columns: [{ header: t('placements.rank') }, { header: t('fields.students'), numeric: true }],
            rows: ranks.map((r) => ({
              key: r.rank,
              cells: [
                linkTo(r.rank === 0 ? t('placements.notListed') : t('placements.choice', { rank: r.rank }), {
                  outcome: 'geplaatst',
                  rank: String(r.rank),
                }),
                showCount(r.students),
              ],
            })),
          }}
        >
          <HorizontalBars
            width={width}
            rows={ranks.map((r) => ({
              key: r.rank,
              name: r.rank === 0 ? t('placements.notListed') : t('placements.choice', { rank: r.rank }),
              value: barValue(r.students),
              label: showCount(r.students),
              onOpen: drill({ outcome: 'geplaatst', rank: String(r.rank) }),
            }))}
          />
        </ChartFigure>
      )}
    </>
  );
}
