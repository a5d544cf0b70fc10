// The CLI as other tools use it: the real script, bundled exactly as build:server bundles it (to a
// temp dir, so this test does not race other builds of dist/), run as a child process.
import { spawnSync } from 'node:child_process';
import { constants } from 'node:buffer';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRound } from '../../../scripts/matching/generate-round';
import { verifyResult } from '../../../scripts/matching/verify-result';
import type { Round, RoundResult } from '../../../server/features/placements/engine/types';
import { parsedAs } from '../../helpers/answers';

let dir: string;
let bin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'match-cli-'));
  await build({
    entryPoints: ['scripts/match.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    outbase: '.',
    outdir: dir,
  });
  bin = join(dir, 'scripts', 'match.cjs');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', [bin, ...args], { encoding: 'utf8', cwd: dir });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function small(): Round {
  return {
    objective: 'optimal',
    students: [
      {
        id: 's1',
        programme: 'ad-pep',
        availableDays: [1, 2, 4],
        daysNeeded: 2,
        preferences: ['loc-a', 'loc-b'],
        home: { lat: 51.44, lon: 5.47 },
        maxDistanceKm: 25,
      },
      { id: 's2', programme: 'ad-pep', availableDays: [1, 2], daysNeeded: 2, preferences: ['loc-b'] },
      { id: 's3', programme: 'pabo-vt', availableDays: [3], daysNeeded: 1, preferences: ['loc-a'] },
      { id: 's4', programme: 'pabo-vt', availableDays: [1, 2, 3], daysNeeded: 2, preferences: ['loc-b', 'loc-a'] },
    ],
    locations: [
      {
        id: 'loc-a',
        openDays: [1, 2, 3, 4, 5],
        capacity: 2,
        programmeCapacity: { 'ad-pep': 2, 'pabo-vt': 1 },
        supervisors: [{ id: 'w1', capacity: 2, programmes: ['ad-pep', 'pabo-vt'] }],
        coords: { lat: 51.45, lon: 5.48 },
        priorities: [['s3'], ['s1']],
      },
      { id: 'loc-b', openDays: [1, 2], capacity: 1, programmeCapacity: { 'ad-pep': 1 } },
    ],
    fixed: [{ student: 's3', location: 'loc-a', supervisor: 'w1' }],
  };
}

/** Writes a round (or raw text) and runs the CLI on it; asserts the failure contract. */
function expectFailure(input: unknown, expected: string, extraArgs: string[] = []): void {
  const file = join(dir, 'bad.json');
  const out = join(dir, 'bad-out.json');
  writeFileSync(file, typeof input === 'string' ? input : JSON.stringify(input));
  rmSync(out, { force: true });
  const r = run(['--in', file, '--out', out, ...extraArgs]);
  expect(r.status).not.toBe(0);
  expect(r.stderr.trimEnd()).toBe(expected);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(existsSync(out)).toBe(false);
}

describe('npm run match (CLI contract)', () => {
  it('solves a good round: every student exactly once, valid days, the stats of the contract', () => {
    const file = join(dir, 'round.json');
    const out = join(dir, 'result.json');
    const round = small();
    writeFileSync(file, JSON.stringify(round));
    const r = run(['--in', file, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const result = parsedAs<RoundResult>(readFileSync(out, 'utf8'));
    expect(Object.keys(result)).toEqual(['assignments', 'unassigned', 'stats']);
    expect(Object.keys(result.stats)).toEqual(['solveMs', 'placed', 'rankCost']);
    for (const a of result.assignments) expect(Object.keys(a)).toEqual(['student', 'location', 'supervisor', 'days']);
    expect(verifyResult(round, result)).toEqual([]);
    expect(result.assignments).toContainEqual({ student: 's3', location: 'loc-a', supervisor: 'w1', days: [3] });
    // s4 (pabo-vt) can only go to loc-a, whose one pabo-vt seat the fixed s3 holds
    expect(result.stats).toMatchObject({ placed: 2, rankCost: 1 + 1 });
    expect(result.unassigned).toEqual(['s4']);
  });

  it('solves a generated round in both objectives', () => {
    for (const objective of ['optimal', 'stable'] as const) {
      const round = generateRound({ students: 400, locations: 25, choices: 8, seed: 3, objective });
      const file = join(dir, `gen-${objective}.json`);
      const out = join(dir, `gen-${objective}-out.json`);
      writeFileSync(file, JSON.stringify(round));
      const r = run([`--in=${file}`, `--out=${out}`]);
      expect(r.status).toBe(0);
      expect(verifyResult(round, parsedAs<RoundResult>(readFileSync(out, 'utf8')))).toEqual([]);
    }
  });

  it('reads a round with non-ASCII ids as UTF-8 (the ASCII fast path must not apply)', () => {
    const file = join(dir, 'round-utf8.json');
    const round = small();
    const rename = (id: string): string => (id === 's1' ? 'Zoë' : id === 'loc-a' ? 'Café ’t Hoekje' : id);
    const named: Round = {
      ...round,
      students: round.students.map((s) => ({ ...s, id: rename(s.id), preferences: s.preferences.map(rename) })),
      locations: round.locations.map((l) => ({
        ...l,
        id: rename(l.id),
        priorities: l.priorities?.map((g) => g.map(rename)),
      })),
      fixed: round.fixed.map((f) => ({ ...f, location: rename(f.location) })),
    };
    writeFileSync(file, JSON.stringify(named));
    const r = run(['--in', file]);
    expect(r.status).toBe(0);
    const result = parsedAs<RoundResult>(r.stdout);
    expect(verifyResult(named, result)).toEqual([]);
    expect(result.assignments).toContainEqual(expect.objectContaining({ student: 'Zoë', location: 'Café ’t Hoekje' }));
  });

  it('reads a round piped in (/dev/stdin is then no regular file: it is read whole, not by its size)', () => {
    const file = join(dir, 'piped.json');
    writeFileSync(file, JSON.stringify(small()));
    // a shell pipe, as a user would write it (spawnSync's own input is a socket, which /dev/stdin cannot open)
    const r = spawnSync('sh', ['-c', 'cat "$1" | node "$2" --in /dev/stdin', 'sh', file, bin], {
      encoding: 'utf8',
      cwd: dir,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(parsedAs<RoundResult>(r.stdout).unassigned).toEqual(['s4']);
  });

  it('writes to stdout without --out', () => {
    const file = join(dir, 'round.json');
    writeFileSync(file, JSON.stringify(small()));
    const r = run(['--in', file]);
    expect(r.status).toBe(0);
    expect(parsedAs<RoundResult>(r.stdout).unassigned).toEqual(['s4']);
  });

  it('rejects bad input with path-named messages, no stack trace and no output file', () => {
    const round = small();
    expectFailure('{ "students": [', `${join(dir, 'bad.json')}: not valid JSON`);
    expectFailure(
      { ...round, students: round.students.map((s, i) => (i === 3 ? { ...s, preferences: ['loc-b', 'loc-x'] } : s)) },
      'students[3].preferences[1]: unknown location "loc-x"',
    );
    expectFailure(
      { ...round, locations: [{ ...round.locations[0], capacity: -1 }, round.locations[1]] },
      'locations[0].capacity: must be a non-negative integer',
    );
    expectFailure(
      { ...round, students: [...round.students, round.students[0]] },
      'students[4].id: duplicate student id "s1"',
    );
    expectFailure(
      { ...round, locations: [round.locations[0], { ...round.locations[0]!, id: 'loc-a' }] },
      'locations[1].id: duplicate location id "loc-a"\nstudents[0].preferences[1]: unknown location "loc-b"\nstudents[1].preferences[0]: unknown location "loc-b"\nstudents[3].preferences[0]: unknown location "loc-b"',
    );
    expectFailure(
      { ...round, fixed: [...round.fixed, { student: 's1', location: 'loc-b' }, { student: 's2', location: 'loc-b' }] },
      'fixed[2]: breaks the capacity of location "loc-b" (1)',
    );
    expectFailure(
      { ...round, fixed: [{ student: 's3', location: 'loc-a', supervisor: 'w9' }] },
      'fixed[0].supervisor: unknown supervisor "w9" at location "loc-a"',
    );
    expectFailure({ ...round, objective: 'fastest' }, 'objective: must be "optimal" or "stable", got "fastest"');
    expectFailure(
      { ...round, students: round.students.map((x, i) => (i === 0 ? { ...x, availableDays: [1, 8] } : x)) },
      'students[0].availableDays[1]: must be a weekday 1-7 (1 = Monday)',
    );
  });

  it('rejects bad arguments and unreadable files', () => {
    const file = join(dir, 'round.json');
    writeFileSync(file, JSON.stringify(small()));
    const usage = 'usage: npm run --silent match -- --in round.json [--out result.json]';
    for (const [args, message] of [
      [['--in', file, '--fast'], `match: unknown argument "--fast"\n${usage}`],
      [['--out', join(dir, 'x.json')], `match: missing --in\n${usage}`],
      [['--in', file, '--out'], `match: --out needs a file name\n${usage}`],
    ] as const) {
      const r = run([...args]);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trimEnd()).toBe(message);
      expect(existsSync(join(dir, 'x.json'))).toBe(false);
    }
    const missing = run(['--in', join(dir, 'nope.json'), '--out', join(dir, 'x.json')]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trimEnd()).toBe(`${join(dir, 'nope.json')}: cannot read file (ENOENT)`);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
    // longer than the longest string: refused before reading (a sparse file, so making it costs nothing)
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, constants.MAX_STRING_LENGTH + 1);
    const tooLarge = run(['--in', huge, '--out', join(dir, 'x.json')]);
    expect(tooLarge.status).toBe(1);
    expect(tooLarge.stderr.trimEnd()).toBe(`${huge}: cannot read file (ERR_FS_FILE_TOO_LARGE)`);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});
