import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, expectAccessible, login, newPage, startApp, waitForPage, type RunningApp } from './harness';

/**
 * Logs in as `email` and walks every page any navigation on the way offers; on each page: the h1 is
 * there, no "not found", no error notice, no script error, and axe finds zero WCAG 2.1 AA violations
 * (on every page, or — for a second account of a role already checked — on the start page only).
 * Returns the paths visited.
 */
export async function walkNavigation(
  running: RunningApp,
  email: string,
  opts: { axeOnEveryPage?: boolean } = {},
): Promise<string[]> {
  const axeOnEveryPage = opts.axeOnEveryPage ?? true;
  const page = await newPage(running);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, running, email);
  await expectAccessible(page, `${email} start`);
  const toVisit = new Set<string>();
  // Where each link was first offered: a section's own navigation (beheer, kennisbank) is only on its pages.
  const offeredOn = new Map<string, string>();
  const collect = async () => {
    const here = new URL(page.url()).pathname;
    for (const href of await page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      // A link with a query is a state of a page (a week pager's "vorige week"), not another page: the
      // walk would follow the weeks back for ever.
      if (href.includes('?')) continue;
      if (!toVisit.has(href)) offeredOn.set(href, here);
      toVisit.add(href);
    }
  };
  await collect();
  const visited = new Set<string>();
  while ([...toVisit].some((h) => !visited.has(h))) {
    const href = [...toVisit].find((h) => !visited.has(h))!;
    visited.add(href);
    const link = page.locator(`nav a[href="${href}"]`).first();
    if ((await link.count()) === 0) {
      await page.goto(running.url + offeredOn.get(href)!);
      await link.waitFor();
    }
    await link.click();
    await page
      .waitForURL((url) => url.pathname === href)
      .catch((error: unknown) => {
        throw new Error(`${email}: ${href} (offered on ${offeredOn.get(href)}) did not open; at ${page.url()}`, {
          cause: error,
        });
      });
    await waitForPage(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent(), `${href} for ${email}`).not.toContain(
      'niet gevonden',
    );
    expect(await page.locator('.notice-error').count(), `error shown on ${href}`).toBe(0);
    if (axeOnEveryPage) await expectAccessible(page, `${email} ${href}`);
    await collect();
  }
  expect(errors).toEqual([]);
  await page.context().close();
  return [...visited];
}

/**
 * One file's worth of walks: its own server and Chromium, each account a test. The walks are spread over
 * several files (navigation*.test.ts) so that two run side by side; one file of all roles was the suite's
 * longest pole (~4½ minutes).
 */
export function describeWalks(title: string, accounts: string[], opts: { axeOnEveryPage?: boolean } = {}): void {
  describe.skipIf(!CHROMIUM)(title, () => {
    let running: RunningApp | undefined;
    beforeAll(async () => {
      running = await startApp();
    });
    afterAll(async () => {
      await running?.close();
    });

    // A walk is 20–40 pages, each step waiting up to 15 s; on a loaded machine (this session: load 17 on
    // 2 cores) the staff walks took over the project's 300 s for the whole test and failed for that alone.
    it.each(accounts)(
      '%s',
      async (email) => {
        expect((await walkNavigation(running!, email, opts)).length).toBeGreaterThan(0);
      },
      600_000,
    );
  });
}
