import { domainName } from '../../../shared/domain/beroepsbeeld';
import { formatDutchDate } from '../../../shared/domain/dates';
import { maturityName } from '../../../shared/domain/knowledge';
import type { ReportPeriod } from '../../../shared/schemas/report';
import type { ServiceContext } from '../scope';
import { fileStem, xlsxFile } from '../placements/public';
import { accountabilityReport } from './report.service';

const shown = (n: number | string | null) => n ?? '';

/** "2026-10" → "oktober 2026", as the screen writes a month. */
const monthName = (month: string) =>
  new Date(`${month}-15T12:00:00Z`).toLocaleDateString('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The report as a workbook: one sheet per section, the figures exactly as the screen shows them, and its words
 * too — rung names, months and dates the Dutch way, never the codes stored (decision 097).
 */
export async function reportWorkbook(ctx: ServiceContext, period: ReportPeriod) {
  const r = await accountabilityReport(ctx, period);
  const placements = [
    ['Ronde', 'Organisatie', 'Aangemeld', 'Geplaatst'],
    ...r.placements.flatMap((round) => [
      [round.name, 'Totaal', round.applied, round.placed],
      ...round.byOrganisation.map((o) => [round.name, o.organisationName, o.applied, o.placed]),
    ]),
  ];
  const hours = [
    ['Organisatie of maand', 'Uren volgens norm', 'Uren gelabeld', 'Verschil'],
    ['Totaal', r.hours.total.due, r.hours.total.labelled, shown(r.hours.total.difference)],
    ...r.hours.byOrganisation.map((o) => [o.organisationName, o.due, o.labelled, shown(o.difference)]),
    ...r.hours.byMonth.map((m) => [monthName(m.month), m.due, m.labelled, shown(m.difference)]),
  ];
  const costs = [
    ['Organisatie', 'Uren', 'Kosten (euro)'],
    ...r.costs.map((c) => [c.organisationName, c.hours, c.costEuros]),
  ];
  const signals = [
    ['Domein', 'Signalen', 'Met besluit regiegroep'],
    ['Totaal', r.signals.raised, r.signals.withDecision],
    ...r.signals.byDomain.map((d) => [domainName(d.domain), d.raised, d.withDecision]),
  ];
  const principles = [
    ['Werkend principe', 'Trede nu', 'Opgeschaald op', 'Overnames in periode', 'Locaties overgenomen'],
    ...r.principles.principles.map((p) => [
      p.statement,
      maturityName(p.maturity),
      p.scaledUpOn === null ? '' : formatDutchDate(p.scaledUpOn),
      p.adoptedInPeriod,
      p.locationsAdopted,
    ]),
  ];
  return xlsxFile(`verantwoording-${fileStem(r.period.label)}.xlsx`, [
    { name: 'Plaatsingen', rows: placements },
    { name: 'Uren', rows: hours },
    { name: 'Kosten', rows: costs },
    { name: 'Signalen', rows: signals },
    { name: 'Principes', rows: principles },
  ]);
}
