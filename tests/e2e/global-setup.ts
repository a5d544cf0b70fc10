import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';
import { systemClock } from '../../server/clock';

/**
 * Builds the client once for all browser tests (the server serves dist/client like in production), and
 * the database templates every browser test's server starts from (tests/helpers/db-templates.ts).
 */
export default async function setup(project: TestProject) {
  if (!chromiumPath()) {
    console.warn(
      '\n[e2e] Geen Chromium gevonden (/usr/bin/chromium of CHROMIUM_PATH): de browsertests worden overgeslagen.\n',
    );
    return;
  }
  // The production build, as `npm start` serves it: vitest sets NODE_ENV=test, which would give React's
  // development build (bigger and slower, and not what users get).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  // Imported here, not above: the seed reaches the placement engine, whose WebAssembly core the server's
  // global setup builds first (vitest loads every setup file before running the first).
  const { buildDbTemplates } = await import('../helpers/db-templates');
  const { templates, remove } = await buildDbTemplates(systemClock);
  project.provide('dbTemplates', templates);
  return remove;
}
