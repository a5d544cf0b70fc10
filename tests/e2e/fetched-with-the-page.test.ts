/**
 * What a page shows once its data has come is fetched with the page, not after the data (decision 108).
 * The regiegroep's dashboard, opened directly, shows its heading and then its panels, which speak in the
 * kennisbank's and the mentor teams' words, without the page giving way to "Laden…" in between: before,
 * the panels asked for those words only when the data came, and the layout's boundary hid the whole page,
 * heading and all, for at least 300 ms. The rekentool's chart code is on its way while the figures are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, login, newPage, startApp, waitForPage, type RunningApp } from './harness';

describe.skipIf(!CHROMIUM)('a page opened directly', () => {
  let running: RunningApp | undefined;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running?.close();
  });

  it('the regiegroep dashboard keeps its heading from the moment it shows until every panel is there', async () => {
    const page = await newPage(running!);
    await login(page, running!, 'projectleider@eindhoven.demo');
    await waitForPage(page);
    // in the next document: whether main's h1, once shown, went out of sight again (a suspending update
    // hides what is on screen with display: none and shows the boundary's "Laden…" beside it)
    await page.addInitScript(() => {
      const seen = window as unknown as { h1Shown?: boolean; h1Lost?: boolean };
      new MutationObserver(() => {
        const h1 = document.querySelector('main h1');
        if (h1 && h1.getClientRects().length > 0) seen.h1Shown = true;
        else if (seen.h1Shown) seen.h1Lost = true;
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
    });

    await page.goto(running!.url + '/regiegroep');
    await waitForPage(page);
    // the panels in other features' words are there (so the page was watched until it was whole)
    for (const panel of ['Mentorteams', 'Kennisbank'])
      expect(await page.getByRole('heading', { level: 2, name: panel }).count()).toBe(1);
    const watched = await page.evaluate(() => {
      const seen = window as unknown as { h1Shown?: boolean; h1Lost?: boolean };
      return { shown: seen.h1Shown ?? false, lost: seen.h1Lost ?? false };
    });
    expect(watched).toEqual({ shown: true, lost: false });
    await page.context().close();
  });

  it('the rekentool asks for its chart while its figures are still on their way', async () => {
    const page = await newPage(running!);
    await login(page, running!, 'projectleider@eindhoven.demo');
    await waitForPage(page);
    const chartRequested: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/due-chart-[\w-]+\.js$/.test(r.url())) chartRequested.push(r.url());
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/trpc/coaching.rekentool**', async (route) => {
      await gate;
      await route.continue();
    });

    await page.goto(running!.url + '/rekentool');
    // the figures are held back; the chart's code was asked for all the same
    await expect.poll(() => chartRequested.length).toBe(1);
    release();
    await waitForPage(page);
    expect(await page.locator('section[aria-labelledby="due-chart-title"] .recharts-surface').count()).toBeGreaterThan(
      0,
    );
    await page.context().close();
  });
});
