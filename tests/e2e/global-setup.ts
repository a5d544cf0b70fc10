import { build } from 'vite';
import { chromiumPath } from './chromium';

/** Builds the client once for all browser tests (the server serves dist/client like in production). */
export default async function setup() {
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
}
