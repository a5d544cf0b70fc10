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
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
