// `npm run bench:web`: the production client on the real server with a fresh demo database, loaded in Chromium
// as each demo role first meets it: the login page, the start page, then every page of the main navigation,
// each opened directly in a fresh browser cache. Ends with one line:
// `web: first load N KB (gzip), largest page M KB, slowest page P ms to content, 0 errors`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { migrateDb, openDb } from '../db/client';
import { buildServer } from '../server/app';
import { systemClock } from '../server/clock';
import { projectRoot } from '../server/paths';
import { seedDemo } from '../server/seed/demo';
import { DEMO_PASSWORD } from '../server/seed/demo-data';
import { chromiumPath } from '../tests/e2e/chromium';
import { gzipBytes, visit, type Visit } from './web/page-weight';

const ACCOUNTS = [
  'beheer@eindhoven.demo',
  'projectleider@eindhoven.demo',
  'mentor@eindhoven.demo',
  'regiegroep@eindhoven.demo',
  'locatie@eindhoven.demo',
  'student@eindhoven.demo',
  'lector@werkplaats.demo',
];
const CLIENT_DIR = join(projectRoot, 'dist', 'client');
const kb = (bytes: number) => (bytes / 1024).toFixed(0);

await build({ configFile: join(projectRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
const dir = mkdtempSync(join(tmpdir(), 'bench-web-'));
const db = openDb(join(dir, 'web.db'));
migrateDb(db);
await seedDemo(db, systemClock);
const app = await buildServer({ db, clientDir: CLIENT_DIR });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const executablePath = chromiumPath();
if (!executablePath) throw new Error('Geen Chromium gevonden (/usr/bin/chromium of CHROMIUM_PATH)');
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=nl-NL'],
});

const newContext = (b: Browser, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) =>
  b.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', storageState });

let firstLoad = 0;
let largestPage = { bytes: 0, where: '' };
let slowestPage = { ms: 0, where: '' };
const errors: string[] = [];
const record = (where: string, v: Visit) => {
  const bytes = gzipBytes(CLIENT_DIR, v.scripts);
  if (bytes > largestPage.bytes) largestPage = { bytes, where };
  if (v.msToContent > slowestPage.ms) slowestPage = { ms: v.msToContent, where };
  errors.push(...v.errors.map((e) => `${where}: ${e}`));
  return bytes;
};

try {
  for (const email of ACCOUNTS) {
    const context = await newContext(browser);
    const page = await context.newPage();
    const login = await visit(page, () => page.goto(url + '/'));
    record('/ (inloggen)', login);
    const start = await visit(page, async () => {
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      // checked on every animation frame, as visit() waits (a locator's waitFor() re-checks ever later)
      await page.waitForFunction(() => document.querySelector('nav[aria-label="Hoofdnavigatie"]') !== null);
    });
    record(`/ (${email})`, start);
    const both = gzipBytes(CLIENT_DIR, new Set([...login.scripts, ...start.scripts]));
    firstLoad = Math.max(firstLoad, both);
    const links = await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const state = await context.storageState();
    const pages: string[] = [];
    for (const href of links.filter((h) => h !== '/')) {
      // Each page as a first visit: a fresh cache, the same session.
      const fresh = await newContext(browser, state);
      const tab = await fresh.newPage();
      const v = await visit(tab, () => tab.goto(url + href));
      pages.push(`${href} ${kb(record(`${href} (${email})`, v))} KB ${v.msToContent.toFixed(0)} ms`);
      await fresh.close();
    }
    console.log(`${email}: login + start ${kb(both)} KB; ${pages.join('; ')}`);
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}

for (const e of errors) console.log(`error: ${e}`);
console.log(`largest page: ${largestPage.where}; slowest page: ${slowestPage.where}`);
console.log(
  `web: first load ${kb(firstLoad)} KB (gzip), largest page ${kb(largestPage.bytes)} KB, slowest page ${slowestPage.ms.toFixed(0)} ms to content, ${errors.length} errors`,
);
