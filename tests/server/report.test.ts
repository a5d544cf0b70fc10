/**
 * The verantwoordingsrapportage (decision 091) on a hand-counted partnership (tests/helpers/report.ts):
 * each section's figures, the "< 5" rule for the regiegroep, the XLSX read back, and tenancy.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFixture } from '../helpers/report';
import { demoFixture, callerFor, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';
import { MATURITY_LEVELS, maturityName } from '../../shared/domain/knowledge';
import knowledgeNl from '../../client/i18n/nl/knowledge.json';

const maturityLabelsNl: Record<string, string> = knowledgeNl.maturity;

const Q4 = { kind: 'quarter', year: 2026, quarter: 4 } as const;
let fx: ReturnType<typeof reportFixture>;
let report: Awaited<ReturnType<ReturnType<ReturnType<typeof reportFixture>['caller']>['report']['accountability']>>;

beforeAll(async () => {
  fx = reportFixture();
  report = await fx.caller('regie@tel.test').report.accountability(Q4);
});

describe('the report of Q4 2026', () => {
  it('names its period', () => {
    expect(report.period).toEqual({ from: '2026-10-01', to: '2026-12-31', label: 'Q4 2026' });
  });

  it('placements: applied and placed per round and organisation, small groups hidden', () => {
    expect(report.placements).toHaveLength(1);
    const [round] = report.placements;
    expect(round).toMatchObject({ name: 'Telronde', applied: 12, placed: 11 });
    expect(round!.byOrganisation).toEqual([
      { organisationId: fx.orgs.opvang, organisationName: 'Opvang Telstad', applied: 9, placed: 'x' },
      { organisationId: fx.orgs.school, organisationName: 'Schoolbestuur Telstad', applied: '< 5', placed: '< 5' },
    ]);
  });

  it('hours: due by the norm for three months against labelled, fewer than 5 coaches hidden', () => {
    expect(report.hours.total).toEqual({ due: 45, labelled: 23, difference: -22 });
    expect(report.hours.byOrganisation).toEqual([
      { organisationId: fx.orgs.opvang, organisationName: 'Opvang Telstad', due: 30, labelled: 12, difference: -18 },
      { organisationId: fx.orgs.roc, organisationName: 'ROC Telstad', due: 0, labelled: 'x', difference: null },
      {
        organisationId: fx.orgs.school,
        organisationName: 'Schoolbestuur Telstad',
        due: 15,
        labelled: '< 5',
        difference: null,
      },
    ]);
    expect(report.hours.byMonth).toEqual([
      { month: '2026-10', due: 15, labelled: 12, difference: -3 },
      { month: '2026-11', due: 15, labelled: '< 5', difference: null },
      { month: '2026-12', due: 15, labelled: 'x', difference: null },
    ]);
  });

  it("costs per paying organisation, by decision 089's rule (no tariffs: 0 euro)", () => {
    expect(report.costs.find((c) => c.organisationName === 'Opvang Telstad')).toEqual({
      organisationId: fx.orgs.opvang,
      organisationName: 'Opvang Telstad',
      hours: 12,
      costEuros: 0,
    });
    expect(report.costs.find((c) => c.organisationName === 'Schoolbestuur Telstad')).toMatchObject({
      hours: '< 5',
      costEuros: '< 5',
    });
  });

  it('signals raised in the period and how many led to a decision', () => {
    expect(report.signals.raised).toBe(3);
    expect(report.signals.withDecision).toBe(2);
    expect(report.signals.byDomain.find((d) => d.domain === 'leren-ontwikkelen')).toEqual({
      domain: 'leren-ontwikkelen',
      raised: 2,
      withDecision: 1,
    });
    expect(report.signals.byDomain.find((d) => d.domain === 'onderzoek-innovatie')).toMatchObject({
      raised: 1,
      withDecision: 1,
    });
  });

  it('principles scaled up ("opgeschaald" reached) or adopted elsewhere in the period', () => {
    expect(report.principles.scaledUp).toBe(1);
    expect(report.principles.adoptions).toBe(2);
    expect(
      report.principles.principles.map((p) => [p.statement, p.scaledUpOn, p.adoptedInPeriod, p.locationsAdopted]),
    ).toEqual([
      ['P1', '2026-11-20', 1, 1],
      ['P2', null, 1, 1],
    ]);
  });

  it('the projectleider gets the same figures: the report leaves the platform', async () => {
    expect(await fx.caller('pl@tel.test').report.accountability(Q4)).toEqual(report);
  });

  it('a quarter with one coach hides its labelled total', async () => {
    const q = await fx.caller('regie@tel.test').report.accountability({ kind: 'quarter', year: 2026, quarter: 3 });
    // September: one coach, 5 hours; July–September due 45 hours.
    expect(q.hours.total).toEqual({ due: 45, labelled: '< 5', difference: null });
    expect(q.signals.raised).toBe(1);
    expect(q.principles.principles).toEqual([]);
  });

  it('the school year covers August to July', async () => {
    const y = await fx
      .caller('regie@tel.test')
      .report.accountability({ kind: 'schoolYear', schoolYearId: fx.schoolYearId });
    expect(y.period).toEqual({ from: '2026-08-01', to: '2027-07-31', label: '2026-2027' });
    expect(y.hours.byMonth).toHaveLength(12);
    // 2026: 5 months of 180/12; 2027 has no norm.
    expect(y.hours.total.due).toBe(75);
    expect(y.signals.raised).toBe(4);
  });

  it('refuses a quarter 5 at the field', async () => {
    const error = await failure(
      fx.caller('regie@tel.test').report.accountability({ kind: 'quarter', year: 2026, quarter: 5 }),
    );
    expect(error.code).toBe('BAD_REQUEST');
  });
});

describe('the XLSX', () => {
  it('has one sheet per section with the figures as shown', async () => {
    const file = await fx.caller('regie@tel.test').report.exportXlsx(Q4);
    expect(file.filename).toBe('verantwoording-q4-2026.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Plaatsingen', 'Uren', 'Kosten', 'Signalen', 'Principes']);
    const placements = book.getWorksheet('Plaatsingen')!;
    expect(placements.getRow(2).values).toEqual([undefined, 'Telronde', 'Totaal', 12, 11]);
    expect(placements.getRow(4).values).toEqual([undefined, 'Telronde', 'Schoolbestuur Telstad', '< 5', '< 5']);
    const hours = book.getWorksheet('Uren')!;
    expect(hours.getRow(2).values).toEqual([undefined, 'Totaal', 45, 23, -22]);
    expect(hours.getCell('C5').value).toBe('< 5');
    expect(book.getWorksheet('Signalen')!.getRow(2).values).toEqual([undefined, 'Totaal', 3, 2]);
    expect(book.getWorksheet('Principes')!.getCell('C2').value).toBe('20-11-2026');
  });

  it('shows the Dutch words and dates of the screen, not internal codes (rung, month, domain)', async () => {
    const file = await fx.caller('regie@tel.test').report.exportXlsx(Q4);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ExcelJS.Buffer);
    const column = (sheet: string, c: string) =>
      book
        .getWorksheet(sheet)!
        .getColumn(c)
        .values.slice(2)
        .filter((v) => v !== undefined && v !== null);
    // The rung as the knowledge base names it on screen (client/i18n/nl/knowledge.json), never its code.
    const rungs = column('Principes', 'B');
    expect(rungs).toEqual(report.principles.principles.map((p) => maturityLabelsNl[p.maturity]));
    expect(rungs).toContain('Opgeschaald');
    for (const code of MATURITY_LEVELS) expect(rungs).not.toContain(code);
    // Months as the screen writes them: "oktober 2026", not "2026-10".
    const months = column('Uren', 'A').slice(-3);
    expect(months).toEqual(['oktober 2026', 'november 2026', 'december 2026']);
    // Domains by name, as before.
    for (const d of column('Signalen', 'A')) expect(typeof d === 'string' && /^[a-z]+(-[a-z]+)+$/.test(d)).toBe(false);
  });

  it('the shared rung names are the ones on screen', () => {
    for (const level of MATURITY_LEVELS) expect(maturityName(level)).toBe(maturityLabelsNl[level]);
  });
});

describe('tenancy', () => {
  let demo: DemoFixture;
  beforeAll(async () => {
    demo = await demoFixture();
  });
  it("another partnership's school year is not found", async () => {
    const error = await failure(
      callerFor(demo, 'regiegroep@eindhoven.demo').report.accountability({
        kind: 'schoolYear',
        schoolYearId: demo.region.rotterdam.schoolYearId,
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
  it('shows only its own partnership', async () => {
    const { eindhoven } = demo.region;
    const r = await callerFor(demo, 'regiegroep@eindhoven.demo').report.accountability({
      kind: 'schoolYear',
      schoolYearId: eindhoven.schoolYearId,
    });
    const own = demo.db.$client
      .prepare('SELECT organisation_id AS id FROM partnership_organisation WHERE partnership_id = ?')
      .all(eindhoven.partnershipId) as { id: number }[];
    const shown = [...r.placements.flatMap((p) => p.byOrganisation), ...r.hours.byOrganisation].map(
      (o) => o.organisationId,
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(own.map((o) => o.id)).toContain(id);
  });
});
