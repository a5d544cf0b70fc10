// The I/O half of `npm run --silent match` (docs/decisions/010-matching-engine.md, CLI contract), shared
// with its floor (scripts/match-floor.ts) so that the floor the benchmark measures is this very path:
// the same arguments, the same reading and parsing of the round file, the same writing of the answer.
import { constants, isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import type { RoundResult } from '../../server/features/placements/engine/types';

export const USAGE = 'usage: npm run --silent match -- --in round.json [--out result.json]';

export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** --in/--out (also --in=…), --help, and any extra --name=value options the caller allows. */
export function parseArgs(
  argv: string[],
  extra: string[] = [],
): { input: string; output: string | null; options: Map<string, string> } {
  let input: string | null = null;
  let output: string | null = null;
  const options = new Map<string, string>();
  const usage = (message: string): never => fail(`match: ${message}\n${USAGE}`, 2);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : null;
    if (name === '--in' || name === '--out' || extra.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') usage(`${name} needs a file name`);
      if (name === '--in') input = value!;
      else if (name === '--out') output = value!;
      else options.set(name, value!);
    } else if (name === '--help' || name === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else {
      usage(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  if (input === null) usage('missing --in');
  return { input: input!, output, options };
}

/**
 * Reads and parses the round file; an unreadable file or bad JSON ends the process (exit 1). An ASCII
 * file (the usual: ids and numbers) is decoded as latin1, byte for byte the same text without UTF-8's
 * decoding work; anything else (a BOM, an ë) as UTF-8 (docs/decisions/093-stable-and-the-cli-near-their-floor.md).
 * `room(n)` gives the n bytes a regular file is read into (a fresh buffer by default; the CLI lends the
 * engine core's memory, so the solve reuses pages the reading already touched: 094, twelfth addendum).
 */
export function readRoundFile(
  path: string,
  room: (bytes: number) => Uint8Array = (n) => Buffer.allocUnsafe(n),
): unknown {
  let text: string;
  try {
    const bytes = readBytes(path, room);
    // both decodings copy, so nothing keeps the lent memory
    text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  } catch (e) {
    fail(`${path}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    fail(`${path}: not valid JSON`);
  }
}

/** A regular file into room of its size; anything else (a pipe, /dev/stdin) whole, as readFileSync reads it. */
function readBytes(path: string, room: (bytes: number) => Uint8Array): Buffer {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    // longer than V8's longest string, a file cannot be decoded: said before reading it
    if (stat.size > constants.MAX_STRING_LENGTH)
      throw Object.assign(new Error('too large'), { code: 'ERR_FS_FILE_TOO_LARGE' });
    if (!stat.isFile()) return readFileSync(fd);
    const view = room(stat.size);
    let got = 0;
    while (got < view.length) {
      const n = readSync(fd, view, got, view.length - got, null);
      if (n === 0) break; // the file shrank since fstat
      got += n;
    }
    // a file that grew since fstat (still being written): read it again, whole
    if (got === view.length && readSync(fd, Buffer.alloc(1), 0, 1, null) > 0) return readFileSync(path);
    return Buffer.from(view.buffer, view.byteOffset, got);
  } finally {
    closeSync(fd);
  }
}

/** The result as JSON, written by hand: one assignment per line keeps 10,000 of them cheap and diffable. */
export function formatResult(result: RoundResult): string {
  const lines = result.assignments.map(
    (a) =>
      `    {"student":${JSON.stringify(a.student)},"location":${JSON.stringify(a.location)},"supervisor":${JSON.stringify(a.supervisor)},"days":[${a.days.join(',')}]}`,
  );
  return `{\n  "assignments": [\n${lines.join(',\n')}\n  ],\n  "unassigned": ${JSON.stringify(result.unassigned)},\n  "stats": ${JSON.stringify(result.stats)}\n}\n`;
}

/** Writes to stdout, or to `<out>.<pid>.tmp` renamed to `<out>`, so a failed run leaves no output file. */
export function writeAnswer(output: string | null, json: string): void {
  if (output === null) {
    process.stdout.write(json);
    return;
  }
  const tmp = `${output}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, json);
    renameSync(tmp, output);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    fail(`${output}: cannot write file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** MATCH_REPORT=1: one line for the benchmark (peak memory of this very process). */
export function report(): void {
  if (process.env.MATCH_REPORT === '1')
    process.stderr.write(`match-report ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
}
