import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Every temporary file of the run (test databases, mail spools, backups, crash tests, Chromium's profiles)
// goes into one directory of its own, removed when the run ends: the test processes, and whatever they
// start, inherit TMPDIR, which os.tmpdir() and SQLite both read. Before, a run left ~3,000 directories
// of 1-60 MB each in /tmp (decision 107). This file is evaluated again in the same process and in
// child processes: only the first evaluation makes the directory (Chromium refuses a socket path of
// nested ones).
if (process.env.WERKPLAATS_RUN_TMP === undefined) {
  const runTmp = mkdtempSync(join(tmpdir(), 'werkplaats-run-'));
  process.env.WERKPLAATS_RUN_TMP = runTmp;
  process.env.TMPDIR = runTmp;
  process.on('exit', () => rmSync(runTmp, { recursive: true, force: true }));
}

// Three kinds of tests, one runner. Server and e2e run in forked processes because better-sqlite3 is a
// native module; the client project renders components in happy-dom.
// Files that test module state of their own thread (the data-version memo counts this thread's open
// connections, and a file before it in a shared fork may leave one open): a fresh fork each.
const FRESH_MODULES = ['tests/server/data-version-memo.test.ts'];
// Files that measure how long /healthz waits while the server does heavy work, against the quiet
// machine's own figure plus a budget (tests/helpers/availability.ts): they run after everything else,
// one at a time, so the suite's other files (a browser walk: Chromium, its server and axe) do not
// take the cores their budget assumes. Side by side with a walk one failed at 289 ms against 209.
const TIMING = [
  'tests/server/no-stall-*.test.ts',
  'tests/server/import-limits.test.ts',
  'tests/server/write-gate.test.ts',
];

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    // One limit for all projects (vitest refuses different limits within one sequence group): two files
    // at a time on this two-core machine; a browser file brings its own server, database and Chromium.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          exclude: [...FRESH_MODULES, ...TIMING],
          environment: 'node',
          pool: 'forks',
          // Test files share a fork's loaded modules (one import of the server per fork, not per file:
          // that import was 220 of the project's 284 s); every file still builds its own app and database.
          isolate: false,
          globalSetup: ['tests/server/global-setup.ts', 'tests/server/db-templates-setup.ts'],
          testTimeout: 30_000,
          // A demo fixture (migrate + seed) takes 1-2 s on a quiet machine; with several runs sharing two
          // cores it took over the default 10 s and failed whole files for no fault of theirs.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: 'server-fresh', include: FRESH_MODULES, environment: 'node', pool: 'forks' },
      },
      {
        extends: true,
        test: {
          name: 'server-timing',
          include: TIMING,
          environment: 'node',
          pool: 'forks',
          isolate: false,
          // a group of its own after the others (group 0), one file at a time
          sequence: { groupOrder: 1 },
          maxWorkers: 1,
          globalSetup: ['tests/server/global-setup.ts', 'tests/server/db-templates-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          include: ['tests/client/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/client/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          isolate: false,
          globalSetup: ['tests/server/global-setup.ts', 'tests/e2e/global-setup.ts'],
          // expect.poll waits as long as a Playwright locator does (newPage: 15 s), not vitest's 1 s: a
          // page on a loaded machine can take longer than a second to show what a save changed.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
