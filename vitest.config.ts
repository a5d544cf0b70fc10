import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three kinds of tests, one runner. Server and e2e run in forked processes because better-sqlite3 is a
// native module; the client project renders components in happy-dom.
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
          environment: 'node',
          pool: 'forks',
          globalSetup: ['tests/server/global-setup.ts'],
          testTimeout: 30_000,
          // A demo fixture (migrate + seed) takes 1-2 s on a quiet machine; with several runs sharing two
          // cores it took over the default 10 s and failed whole files for no fault of theirs.
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
          globalSetup: ['tests/server/global-setup.ts', 'tests/e2e/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
