/** Import of a round's inputs from CSV and XLSX (row errors, all or nothing), templates, exports, snapshots. */
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { failure } from '../helpers/failure';
import { parsedAs } from '../helpers/answers';
import { demoRoundId, PL, smallRound, studentNumberOf, type Caller } from '../helpers/placements';
import { parseRound, solveRound } from '../../server/features/placements/engine/index';
import { translateMessage } from '../../shared/i18n/messages';

let fx: DemoFixture;
let pl: Caller;
const ids = () => fx.region.eindhoven;
const freshRound = async () =>
  (
    await pl.placements.createRound({
      name: 'Importronde',
      schoolYearId: ids().schoolYearId,
      periodId: null,
      objective: 'optimal',
    })
  ).id;
const csvImport = (
  roundId: number,
  sheet: 'locaties' | 'studenten' | 'werkbegeleiders' | 'prioriteiten',
  content: string,
) => pl.placements.importFile({ roundId, format: 'csv', sheet, content });

beforeAll(async () => {
  fx = await demoFixture();
  pl = callerFor(fx, PL.eindhoven);
});

async function workbook(sheets: Record<string, (string | number)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('CSV import', () => {
  it('reads semicolons with a BOM and CRLF, and commas with quoted fields', async () => {
    const roundId = await freshRound();
    const semicolons =
      '\uFEFFLocatie;Capaciteit;Open dagen;pw3;ad-pep\r\nKindcentrum Wittering.nl;8;ma di wo;5;2\r\nIKC Het Klaverblad;4;;3;\r\n';
    expect(await csvImport(roundId, 'locaties', semicolons)).toEqual({ ok: true, counts: { locaties: 2 } });
    const [klaverblad, wittering] = (await pl.placements.inputs({ roundId })).locations;
    expect(wittering).toMatchObject({
      capacity: 8,
      openDays: [1, 2, 3],
      programmeCapacity: [
        { programmeId: ids().programmeIdByCode['pw3'], capacity: 5 },
        { programmeId: ids().programmeIdByCode['ad-pep'], capacity: 2 },
      ],
    });
    // No open days given: the location's own (Klaverblad is open every weekday); ad-pep left empty: not offered.
    expect(klaverblad).toMatchObject({
      capacity: 4,
      openDays: [1, 2, 3, 4, 5],
      programmeCapacity: [{ programmeId: ids().programmeIdByCode['pw3'], capacity: 3 }],
    });
    const number = studentNumberOf(fx, ids().cohortStudentIds[5]!);
    const commas = `studentnummer,naam,beschikbare dagen,dagen nodig,max afstand km,voorkeur 1,voorkeur 2\n${number},"Jansen, Sanne","ma,di,do",2,"12,5",IKC Het Klaverblad,Kindcentrum Wittering.nl\n`;
    expect(await csvImport(roundId, 'studenten', commas)).toEqual({ ok: true, counts: { studenten: 1 } });
    const student = (await pl.placements.inputs({ roundId })).students[0]!;
    expect(student).toMatchObject({
      availableDays: [1, 2, 4],
      daysNeeded: 2,
      maxDistanceKm: 12.5,
      preferences: [klaverblad!.id, wittering!.id],
    });
  });

  it('reports every bad row with row number, column and a Dutch message, and writes nothing', async () => {
    const roundId = await freshRound();
    await csvImport(roundId, 'locaties', 'locatie;capaciteit;pw3\nKindcentrum Wittering.nl;3;3\n');
    const before = await pl.placements.round({ roundId });
    const number = studentNumberOf(fx, ids().cohortStudentIds[6]!);
    const csv = [
      'studentnummer;beschikbare dagen;dagen nodig;voorkeur 1;voorkeur 2',
      `${number};ma di wo;2;Kindcentrum Wittering.nl;`,
      '999999;ma di;1;Kindcentrum Wittering.nl;',
      `${number};zaterdag;2;Kindcentrum Wittering.nl;`,
      '',
      `${studentNumberOf(fx, ids().cohortStudentIds[7]!)};ma;3;IKC Het Klaverblad;Kindcentrum Atlantis`,
    ].join('\n');
    const result = await csvImport(roundId, 'studenten', csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'studentnummer', 'v.placements.import.unknownStudent'],
      [4, 'studentnummer', 'v.placements.import.duplicate'],
      [4, 'beschikbare dagen', 'v.placements.import.days'],
      [6, 'dagen nodig', 'v.placements.import.notEnoughDays'],
      [6, 'voorkeur 1', 'v.placements.import.locationNotInRound'],
      [6, 'voorkeur 2', 'v.placements.import.unknownLocation'],
    ]);
    const unknown = result.errors[0]!;
    expect(translateMessage(unknown.message, 'nl', unknown.params)).toBe(
      'Geen student met studentnummer "999999" in dit schooljaar.',
    );
    // Nothing half-imported: the one good row is not there either.
    const after = await pl.placements.round({ roundId });
    expect(after).toMatchObject({ students: 0, inputsRevision: before.inputsRevision });
  });

  it('names a missing column and an unknown programme column at row 1', async () => {
    const roundId = await freshRound();
    const result = await csvImport(roundId, 'locaties', 'locatie;pabo-vx\nKindcentrum Wittering.nl;2\n');
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [1, 'capaciteit', 'v.placements.import.missingColumn'],
    ]);
    const typo = await csvImport(roundId, 'locaties', 'locatie;capaciteit;pabo-vx\nKindcentrum Wittering.nl;2;1\n');
    expect(typo.ok ? [] : typo.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [1, 'pabo-vx', 'v.placements.import.programme'],
    ]);
  });

  it('refuses to change a published round', async () => {
    const f = await failure(
      csvImport(
        demoRoundId(fx, 'eindhoven', 'published'),
        'locaties',
        'locatie;capaciteit\nKindcentrum Wittering.nl;2\n',
      ),
    );
    expect(f).toMatchObject({ code: 'CONFLICT', message: 'e.placements.roundPublished' });
  });
});

describe('XLSX import', () => {
  it('imports several sheets at once, or nothing when one row of one sheet is wrong', async () => {
    const roundId = await freshRound();
    const numbers = ids()
      .cohortStudentIds.slice(8, 10)
      .map((id) => studentNumberOf(fx, id));
    const sheets = {
      Locaties: [
        ['locatie', 'capaciteit', 'pw3'],
        ['Kindcentrum Wittering.nl', 4, 4],
        ['IKC Het Klaverblad', 2, 2],
      ],
      'Studenten en voorkeuren': [
        ['studentnummer', 'voorkeur 1', 'voorkeur 2'],
        [Number(numbers[0]), 'IKC Het Klaverblad', 'Kindcentrum Wittering.nl'],
        [numbers[1]!, 'Kindcentrum Wittering.nl', ''],
      ],
      Werkbegeleiders: [
        ['locatie', 'naam', 'e-mail', 'capaciteit', 'opleidingen'],
        ['Kindcentrum Wittering.nl', '', 'locatie@eindhoven.demo', 3, 'pw3 pw4'],
        ['IKC Het Klaverblad', 'Marloes Claessens', '', 2, 'pw3'],
      ],
      // The old column name "graad" (templates before decision 082) still imports, as "voorrang".
      Prioriteiten: [
        ['locatie', 'studentnummer', 'graad'],
        ['IKC Het Klaverblad', numbers[1]!, 1],
      ],
    };
    const bad = await pl.placements.importFile({
      roundId,
      format: 'xlsx',
      content: await workbook({
        ...sheets,
        Prioriteiten: [...sheets.Prioriteiten, ['IKC Het Klaverblad', numbers[0]!, 'eerst']],
      }),
    });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.sheet, e.row, e.column, e.message])).toEqual([
      ['prioriteiten', 3, 'voorrang', 'v.placements.import.number'],
    ]);
    expect(await pl.placements.round({ roundId })).toMatchObject({ locations: 0, students: 0 });

    expect(await pl.placements.importFile({ roundId, format: 'xlsx', content: await workbook(sheets) })).toEqual({
      ok: true,
      counts: { locaties: 2, studenten: 2, werkbegeleiders: 2, prioriteiten: 1 },
    });
    const inputs = await pl.placements.inputs({ roundId });
    const wittering = inputs.locations.find((l) => l.name === 'Kindcentrum Wittering.nl')!;
    expect(wittering.supervisors).toEqual([
      expect.objectContaining({
        name: 'Linda Verbeek',
        userId: ids().userIdByEmail['locatie@eindhoven.demo'],
        capacity: 3,
      }),
    ]);
    expect(inputs.students.find((s) => s.studentNumber === numbers[1])!.priorities).toHaveLength(1);
  });

  it('says so when the file is no workbook', async () => {
    const result = await pl.placements.importFile({
      roundId: await freshRound(),
      format: 'xlsx',
      content: Buffer.from('geen excel').toString('base64'),
    });
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ sheet: null, message: 'v.placements.import.unreadable' })],
    });
  });
});

describe('templates, exports and snapshots', () => {
  it('offers templates filled with the round, which import back unchanged', async () => {
    const roundId = demoRoundId(fx, 'eindhoven', 'concept');
    const csv = await pl.placements.template({ roundId, format: 'csv', sheet: 'studenten' });
    expect(csv.filename).toBe('plaatsingsronde-periode-3-en-4-concept-studenten.csv');
    expect(csv.content.split('\r\n')[0]).toBe(
      '\uFEFFstudentnummer;naam;beschikbare dagen;dagen nodig;max afstand km;voorkeur 1;voorkeur 2;voorkeur 3;voorkeur 4;voorkeur 5',
    );
    const before = await pl.placements.inputs({ roundId });
    const xlsx = await pl.placements.template({ roundId, format: 'xlsx' });
    expect(xlsx).toMatchObject({ encoding: 'base64', filename: 'plaatsingsronde-periode-3-en-4-concept-invoer.xlsx' });
    expect(await pl.placements.importFile({ roundId, format: 'xlsx', content: xlsx.content })).toMatchObject({
      ok: true,
      counts: { locaties: 6, studenten: 64 },
    });
    const after = await pl.placements.inputs({ roundId });
    // Same content; werkbegeleiders are new rows, and programme capacities may come in another order. The
    // import bumps the revision of every row it writes, so a form opened before it gets the conflict (079).
    const strip = (i: typeof before) => ({
      locations: i.locations.map(({ supervisors, programmeCapacity, revision: _r, ...l }) => ({
        ...l,
        programmeCapacity: [...programmeCapacity].sort((a, b) => a.programmeId - b.programmeId),
        supervisors: supervisors.map(({ id: _id, revision: _sr, ...s }) => s),
      })),
      students: i.students.map(({ revision: _r, ...st }) => st),
    });
    expect(strip(after)).toEqual(strip(before));
    after.locations.forEach((l, i) => expect(l.revision).toBeGreaterThan(before.locations[i]!.revision));
  });

  it('exports placements as CSV for Dutch Excel and as XLSX', async () => {
    const roundId = demoRoundId(fx, 'eindhoven', 'published');
    const csv = await pl.placements.exportPlacements({ roundId, format: 'csv' });
    const lines = csv.content.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFStudentnummer;Student;Opleiding;TOP-locatie;Werkbegeleider;Dagen;Keuze;Vastgezet;Herkomst;Reden',
    );
    expect(lines.filter(Boolean)).toHaveLength(65);
    expect(
      lines.some((l) =>
        /;Kindcentrum Wittering\.nl;Linda Verbeek;(ma|di|wo|do|vr)( (ma|di|wo|do|vr)){2};1;nee;berekend;$/.test(l),
      ),
    ).toBe(true);
    const results = await pl.placements.results({ roundId });
    expect(lines.filter((l) => l.includes(';niet geplaatst;'))).toHaveLength(
      results.filter((r) => r.locationName === null).length,
    );
    const xlsx = await pl.placements.exportPlacements({ roundId, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.content, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Plaatsingen', 'Per locatie']);
    expect(wb.getWorksheet('Plaatsingen')!.rowCount).toBe(65);
  });

  it('exports the round as the engine snapshot (no names), which `match` solves and which imports back', async () => {
    const roundId = demoRoundId(fx, 'eindhoven', 'published');
    const file = await pl.placements.exportSnapshot({ roundId });
    const parsed = parseRound(JSON.parse(file.content));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.round.students).toHaveLength(64);
    expect(file.content).not.toContain('Sanne');
    expect(solveRound(parsed.round).assignments.length).toBe((await pl.placements.round({ roundId })).placed);

    const copy = await freshRound();
    expect(await pl.placements.importSnapshot({ roundId: copy, content: file.content })).toMatchObject({
      ok: true,
      counts: { locaties: 6, studenten: 64 },
    });
    type Snapshot = { locations: { supervisors?: { id: string }[] }[] };
    const again = parsedAs<Snapshot>((await pl.placements.exportSnapshot({ roundId: copy })).content);
    const withoutSupervisorIds = (r: Snapshot) => ({
      ...r,
      locations: r.locations.map((l) => ({ ...l, supervisors: l.supervisors?.map(({ id: _id, ...s }) => s) })),
    });
    expect(withoutSupervisorIds(again)).toEqual(withoutSupervisorIds(parsedAs<Snapshot>(file.content)));
  });

  it('refuses a snapshot that is no round or names what the partnership does not have, and writes nothing', async () => {
    const r = await smallRound(fx, pl);
    expect(await pl.placements.importSnapshot({ roundId: r.roundId, content: '{"students": [' })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ message: 'e.placements.badSnapshot' })],
    });
    const foreign = {
      objective: 'optimal',
      students: [],
      locations: [
        { id: `loc-${fx.region.rotterdam.locationIds[0]}`, openDays: [1], capacity: 1, programmeCapacity: {} },
      ],
    };
    const result = await pl.placements.importSnapshot({ roundId: r.roundId, content: JSON.stringify(foreign) });
    expect(result.ok ? [] : result.errors.map((e) => [e.column, e.message])).toEqual([
      ['locations[0].id', 'v.placements.import.snapshotUnknown'],
    ]);
    expect(await pl.placements.round({ roundId: r.roundId })).toMatchObject({ locations: 2, students: 3 });
  });
});
