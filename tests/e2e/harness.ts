import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { source as axeSource } from 'axe-core';
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../server/app';
import { freePort } from '../helpers/free-port';
import { seedDemo } from '../../server/seed/demo';
import { systemClock } from '../../server/clock';
import { DEMO_PASSWORD } from '../../server/seed/demo-data';
import type { Db } from '../../db/client';
import { createTestDb } from '../helpers/db';
import { copyOf, dbTemplates } from '../helpers/db-templates';
import { chromiumPath } from './chromium';

export const CHROMIUM = chromiumPath();

export interface RunningApp {
  url: string;
  db: Db;
  app: FastifyInstance;
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * The real server on a fresh demo database (or an empty one: `demo: false`), and a real headless Chromium.
 * `server` adds options for buildServer; given as a function it gets the address the server will have.
 */
export async function startApp(
  opts: { demo?: boolean; server?: (url: string) => Partial<ServerOptions>; port?: number } = {},
): Promise<RunningApp> {
  const db = (opts.demo ?? true) ? await demoDb() : createTestDb();
  const port = opts.port ?? (await freePort());
  const app = await buildServer({ db, ...opts.server?.(`http://127.0.0.1:${port}`) });
  await app.listen({ port, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM!,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--lang=nl-NL',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    app,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      db.$client.close();
    },
  };
}

const amsterdamDay = (ms: number) => new Date(ms).toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam' });

/**
 * The demo region on the real clock: a copy of the run's template (seeded at the run's start), unless
 * the day has changed since — pages that show "today" or "this week" would then see yesterday's demo.
 */
async function demoDb(): Promise<Db> {
  const templates = dbTemplates();
  if (templates && amsterdamDay(templates.seededAt) === amsterdamDay(systemClock.now())) return copyOf(templates.demo);
  const db = createTestDb();
  await seedDemo(db, systemClock);
  return db;
}

/** A page in a fresh context; `locale` is the browser's language (the app's language is the person's own). */
export async function newPage(running: RunningApp, locale = 'nl-NL'): Promise<Page> {
  const context = await running.browser.newContext({ locale, timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export async function login(page: Page, running: RunningApp, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(running.url + '/');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForFunction(() => document.querySelector('nav[aria-label="Hoofdnavigatie"]') !== null);
}

// the browser walks wait for a page as the benchmark's visit() does (scripts/web/page-weight.ts)
export { waitForPage } from '../../scripts/web/page-weight';

/**
 * axe-core with the WCAG 2.1 A and AA rules; zero violations allowed. Also `label-content-name-mismatch`
 * (WCAG 2.5.3: a control's accessible name contains its visible text, so a speech user can say what
 * they see); axe marks it experimental and leaves it out unless enabled by name.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Legacy mode runs axe.run in the page itself. The default (runPartial) opens a blank page for every
  // check to finish the run there, and that took half of each check's time (measured over 73 pages of the
  // navigation walks: 476 s against 253 s, the same violations, incomplete and passes on every page). Our
  // pages have no frames from other origins, which is what the default is for.
  // AxeBuilder evaluates the script it is given (axe-core's 580 KB) twice per check, ~150 ms each here;
  // a page keeps axe from its first check until it loads another document, so axe goes in once per
  // document and AxeBuilder gets a script that does nothing (measured on navigation-roles: 617 → 267 ms
  // per check, the file 76 → 52 s).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await new AxeBuilder({ page, axeSource: 'void 0' })
    .setLegacyMode(true)
    // options() replaces every option set before it, so it comes first. resultTypes: only the
    // violations are gathered in full (passes and incomplete keep one node each), which is all we read.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}
