/**
 * Issue 13: an uploaded file is read within limits checked before anything walks it, off the request
 * thread; CSV through csv-parse. The cell bomb (a 9 KB workbook with one cell per row in column XFD took
 * 62 s and 4 GB) is refused while /healthz keeps answering, measured on a listening server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEMO_PASSWORD } from '../../server/seed/demo-data';
import { WORKBOOK_LIMITS } from '../../server/features/placements/import/workbook-limits';
import { readTables } from '../../server/features/placements/import/tables';
import { IN_PROCESS_CSV_CHARS } from '../../server/features/placements/import/read-upload';
import { translateMessage } from '../../shared/i18n/messages';
import { callerFor } from '../helpers/demo';
import { PL } from '../helpers/placements';
import { testServer, type TestServer } from '../helpers/server';
import { HEALTHZ_BUDGET_MS, listenOnLoopback, quietStall, stallDuring } from '../helpers/availability';

let s: TestServer;
let base: string;
let quiet: number;
let cookie: string;
beforeAll(async () => {
  s = await testServer();
  base = await listenOnLoopback(s.app);
  quiet = await quietStall(base);
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: PL.eindhoven, password: DEMO_PASSWORD }),
  });
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
}, 60_000);
afterAll(() => s.app.close());

const pl = () => callerFor(s, PL.eindhoven);
const freshRound = async () =>
  (
    await pl().placements.createRound({
      name: 'Importronde',
      schoolYearId: s.region.eindhoven.schoolYearId,
      periodId: null,
      objective: 'optimal',
    })
  ).id;

/** The cell bomb: a header, then one cell per row in the last column Excel has. */
async function cellBomb(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('locaties');
  sheet.addRow(['locatie', 'capaciteit']);
  for (let r = 2; r <= rows; r++) sheet.getCell(`XFD${r}`).value = 'x';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('XLSX within limits', () => {
  it(
    'refuses the cell bomb by its widest column, quickly, while /healthz keeps answering',
    { timeout: 180_000 },
    async () => {
      const bomb = await cellBomb(2000);
      expect(bomb.length).toBeLessThan(40_000);
      const roundId = await freshRound();
      const { stall, maxima, answers, took } = await stallDuring(base, {
        url: `${base}/trpc/placements.importFile`,
        headers: { cookie },
        body: JSON.stringify({ roundId, format: 'xlsx', content: bomb.toString('base64') }),
      });
      console.log(
        `cell bomb (${bomb.length} bytes): refused in ${took.join('/')} ms; healthz max ${maxima.join('/')} ms (quiet ${quiet.toFixed(0)} ms)`,
      );
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        const result = (JSON.parse(answer.text) as { result: { data: unknown } }).result.data;
        expect(result).toEqual({
          ok: false,
          errors: [
            {
              sheet: null,
              row: 0,
              column: '',
              message: 'v.placements.import.tooManyColumns',
              params: { value: WORKBOOK_LIMITS.columns, column: 'XFD' },
            },
          ],
        });
      }
      expect(stall).toBeLessThan(quiet + HEALTHZ_BUDGET_MS);
      // Most of that is starting the reader's thread from source (tsx compiles it); the reading itself:
      const started = performance.now();
      expect(await readTables({ format: 'xlsx', content: bomb.toString('base64') })).toMatchObject({ kind: 'error' });
      const reading = performance.now() - started;
      console.log(`cell bomb read and refused in ${reading.toFixed(0)} ms (was 62 s and 4 GB)`);
      expect(reading).toBeLessThan(2_000);
      expect(Math.min(...took)).toBeLessThan(30_000);
      expect(translateMessage('v.placements.import.tooManyColumns', 'nl', { value: 50, column: 'XFD' })).toBe(
        'Te veel kolommen (maximaal 50); gebruikt tot kolom XFD.',
      );
    },
  );

  it(
    'refuses a zip that inflates beyond the limit, counting what it inflates (not what it declares)',
    { timeout: 120_000 },
    async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('locaties').addRows([['locatie', 'capaciteit']]);
      const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
      zip.file('xl/media/opvulling.bin', Buffer.alloc(WORKBOOK_LIMITS.unzippedBytes + 1));
      const inflated = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      expect(inflated.length).toBeLessThan(200_000);
      const result = await pl().placements.importFile({
        roundId: await freshRound(),
        format: 'xlsx',
        content: inflated.toString('base64'),
      });
      expect(result).toEqual({
        ok: false,
        errors: [{ sheet: null, row: 0, column: '', message: 'v.placements.import.tooLarge', params: { value: 50 } }],
      });
    },
  );

  it('still reads an ordinary workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('locaties').addRows([
      ['locatie', 'capaciteit', 'pw3'],
      ['Kindcentrum Wittering.nl', 3, 3],
    ]);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(await pl().placements.importFile({ roundId: await freshRound(), format: 'xlsx', content })).toEqual({
      ok: true,
      counts: { locaties: 1 },
    });
  });
});

describe('CSV through csv-parse', () => {
  it('reports an unterminated quote at the row where it opens, with a Dutch message, and writes nothing', async () => {
    const roundId = await freshRound();
    const csv = 'locatie;capaciteit;pw3\nKindcentrum Wittering.nl;3;3\n"IKC Het Klaverblad;4;2\nIKC De Boomhut;2;1\n';
    const result = await pl().placements.importFile({ roundId, format: 'csv', sheet: 'locaties', content: csv });
    expect(result).toEqual({
      ok: false,
      errors: [{ sheet: 'locaties', row: 3, column: '', message: 'v.placements.import.unclosedQuote' }],
    });
    expect(translateMessage('v.placements.import.unclosedQuote', 'nl')).toBe(
      'Een aanhalingsteken wordt in deze regel geopend maar nergens gesloten.',
    );
    expect((await pl().placements.inputs({ roundId })).locations).toEqual([]);
  });

  it('reads a large CSV in the reader thread, with the same row error', { timeout: 120_000 }, async () => {
    const roundId = await freshRound();
    const filler = Array.from({ length: 6000 }, (_, i) => `Locatie nummer ${i};3;3`).join('\n');
    const csv = `locatie;capaciteit;pw3\nKindcentrum Wittering.nl;3;3\n"IKC Het Klaverblad;4;2\n${filler}\n`;
    expect(csv.length).toBeGreaterThan(IN_PROCESS_CSV_CHARS);
    const result = await pl().placements.importFile({ roundId, format: 'csv', sheet: 'locaties', content: csv });
    expect(result).toEqual({
      ok: false,
      errors: [{ sheet: 'locaties', row: 3, column: '', message: 'v.placements.import.unclosedQuote' }],
    });
  });
});
