import type { z } from 'zod';
import type { exportTableSchema } from '../../../../shared/schemas/regiegroep';
import { MENTOR_TEAM_TABLES, type DashboardTable, type ShownCount } from '../../../../shared/domain/regiegroep';
import { BEROEPSBEELD_DOMAIN_CODES, competenceName, domainName } from '../../../../shared/domain/beroepsbeeld';
import { ENTRY_STATUSES } from '../../../../shared/domain/knowledge';
import { SIGNAL_STATUSES } from '../../../../shared/domain/mentor-teams';
import { formatDutchDate } from '../../../../shared/domain/dates';
import { AppError } from '../../../errors';
import { decimalComma, toCsv } from '../../../http/csv';
import { auditAs, type ServiceContext } from '../../scope';
import { resolveScope, type DashboardScope } from './scope';
import { seesWholeDashboard } from './dashboard.service';
import { placementsPanel } from './placements.panel';
import { mentorTeamsPanel } from './mentor-teams.panel';
import { knowledgePanel } from './knowledge.panel';
import { teamsInScope } from './teams-scope';
import { DUTCH } from './dutch-labels';

type Cell = string | number;
const count = (n: ShownCount | null) => (n === null ? '' : n);
const pct = (n: number | null) => (n === null ? '' : decimalComma(n, 1));

function placementsTable(ctx: ServiceContext, scope: DashboardScope, table: DashboardTable): Cell[][] {
  const p = placementsPanel(ctx, scope);
  if (!p.round) return [['Geen gepubliceerde plaatsingsronde in deze selectie']];
  if (table === 'plaatsing-totaal') {
    const t = p.totals;
    return [
      [
        'Ronde',
        'Te plaatsen',
        'Geplaatst',
        'Niet geplaatst',
        'Teruggetrokken (niet meegeteld)',
        'Capaciteit',
        'Bezettingsgraad (%)',
      ],
      [
        p.round.name,
        count(t.toPlace),
        count(t.placed),
        count(t.unplaced),
        count(p.withdrawn),
        t.capacity,
        pct(t.fillRate),
      ],
    ];
  }
  if (table === 'plaatsing-vulling') {
    const rows: Cell[][] = [['TOP-locatie', 'Opleiding', 'Capaciteit', 'Geplaatst', 'Bezettingsgraad (%)']];
    for (const l of p.fill) {
      for (const c of l.programmes) rows.push([l.name, c.name, c.capacity, count(c.placed), pct(c.fillRate)]);
      rows.push([l.name, 'Totaal', l.capacity, count(l.placed), pct(l.fillRate)]);
    }
    for (const c of p.byProgramme)
      rows.push(['Alle TOP-locaties', c.name, c.capacity, count(c.placed), pct(c.fillRate)]);
    return rows;
  }
  if (table === 'plaatsing-niet-geplaatst')
    return [
      ['Reden (bij de eerste keuze)', 'Studenten'],
      ...(p.unplacedReasons ?? []).map((r) => [DUTCH.reasons[r.reason], count(r.students)]),
    ];
  return [
    ['Plaats op eigen voorkeurslijst', 'Studenten'],
    ...(p.ranks ?? []).map((r) => [r.rank === 0 ? 'Niet op de lijst' : `${r.rank}e keuze`, count(r.students)]),
  ];
}

function teamsTable(ctx: ServiceContext, scope: DashboardScope, table: DashboardTable): Cell[][] {
  const m = mentorTeamsPanel(ctx, scope, teamsInScope(ctx, scope));
  if (table === 'logboeken') {
    const rows: Cell[][] = [['Mentorteam', 'Week', 'Datum overleg', 'Weekverslag']];
    for (const h of m.heatmap)
      h.cells.forEach(
        (c, i) =>
          c.state &&
          rows.push([
            h.name,
            `week ${m.weeks[i]!.week}`,
            c.sessionDate ? formatDutchDate(c.sessionDate) : '',
            DUTCH.logStates[c.state] ?? c.state,
          ]),
      );
    return rows;
  }
  if (table === 'aanwezigheid') {
    return [
      [
        'Mentorteam',
        'Klas',
        'Studenten in klas',
        'Verslagen',
        'Ontbrekend',
        'Geen overleg',
        'Aanwezig bij overleg (%)',
        'Aanwezig op werkplek (%)',
        'Reflecties geschreven (%)',
      ],
      ...m.teams.map((t) => [
        t.name,
        t.cohortName,
        count(t.classSize),
        t.logs.present,
        t.logs.missing,
        t.logs.cancelled,
        pct(t.presenceRate),
        pct(t.workplaceRate),
        pct(t.reflectionRate),
      ]),
    ];
  }
  if (table === 'uren')
    return [
      ['Mentorteam', 'Uren besteed', `Budget (${m.budgetPeriods} periode(n))`, 'Besteed van budget (%)'],
      ...m.teams.map((t) => [t.name, decimalComma(t.hours.spent, 1), t.hours.budget, pct(t.hours.rate)]),
    ];
  if (table === 'signalen-tijd')
    return [
      ['Maand (eerst gemeld)', ...BEROEPSBEELD_DOMAIN_CODES.map(domainName)],
      ...m.signals.byMonth.map((r) => [r.month, ...BEROEPSBEELD_DOMAIN_CODES.map((d) => r[d])]),
    ];
  return [
    ['Soort', 'Naam', ...SIGNAL_STATUSES],
    ...m.signals.byDomain.map((r) => ['Domein', domainName(r.domain), ...SIGNAL_STATUSES.map((s) => r[s])]),
    ...m.signals.byCompetence.map((r) => [
      'Competentie',
      competenceName(r.competence),
      ...SIGNAL_STATUSES.map((s) => r[s]),
    ]),
  ];
}

function knowledgeTable(ctx: ServiceContext, scope: DashboardScope, table: DashboardTable): Cell[][] {
  const k = knowledgePanel(ctx, scope);
  if (!k) return [['Geen gegevens in deze selectie']];
  if (table === 'dilemmas-tijd')
    return [
      ['Maand (stand aan het eind)', ...ENTRY_STATUSES],
      ...k.dilemmasOverTime.map((r) => [r.month, ...ENTRY_STATUSES.map((s) => r[s])]),
    ];
  if (table === 'dilemmas-categorie')
    return [
      ['Categorie', ...ENTRY_STATUSES],
      ...k.dilemmasByCategory.map((r) => [
        r.name ?? (r.category ? DUTCH.categories[r.category] : 'Zonder categorie'),
        ...ENTRY_STATUSES.map((s) => r[s]),
      ]),
    ];
  if (table === 'principes')
    return [['Niveau', 'Principes'], ...k.principlesByMaturity.map((r) => [r.maturity, r.principles])];
  if (table === 'overnames')
    return [['TOP-locatie', 'Overgenomen principes'], ...k.adoptionsByLocation.map((r) => [r.name, r.adoptions])];
  return [
    ['Overgenomen op aantal andere locaties', 'Principes'],
    ...k.adoptionSpread.map((r) => [r.spread === 3 ? '3 of meer' : String(r.spread), r.principles]),
  ];
}

/**
 * The table behind one chart as CSV (semicolon, UTF-8 with BOM, decimal comma; server/http/csv.ts).
 * It is built from the same panel the chart shows, so the "< 5" rule holds in the file too. Column
 * names are Dutch whatever the UI language: the file is for Dutch spreadsheets. Audited.
 */
export function exportTable(ctx: ServiceContext, input: z.output<typeof exportTableSchema>) {
  if (!seesWholeDashboard(ctx) && !MENTOR_TEAM_TABLES.includes(input.table))
    throw new AppError('FORBIDDEN', 'e.forbidden');
  const scope = resolveScope(ctx, input);
  const rows = scope.empty
    ? [['Deze selectie bevat niets']]
    : input.table.startsWith('plaatsing')
      ? placementsTable(ctx, scope, input.table)
      : (MENTOR_TEAM_TABLES as string[]).includes(input.table)
        ? teamsTable(ctx, scope, input.table)
        : knowledgeTable(ctx, scope, input.table);
  const period = scope.period ? ` ${scope.period.name}` : '';
  const basis = [
    `Selectie: schooljaar ${scope.schoolYear?.label ?? '-'}${period}, ${formatDutchDate(scope.from)} t/m ${formatDutchDate(scope.to)}; groepen kleiner dan 5 studenten staan als "< 5", "x" is afgeschermd om een kleine groep te beschermen.`,
  ];
  auditAs(ctx, {
    action: 'regiegroep.export',
    subjectType: 'dashboard',
    subjectId: input.table,
    detail: { schoolYearId: scope.schoolYear?.id ?? null },
  });
  return { filename: `regiegroep-${input.table}-${scope.today}.csv`, content: toCsv([...rows, [], basis]) };
}
