/**
 * The Rotterdam demo accounts walk their navigation too: other data, the same pages. Every role's pages
 * already get axe in navigation.test.ts (Eindhoven), so here axe checks the start page, and the walk
 * checks that every page loads without error or "not found".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, startApp, type RunningApp } from './harness';
import { walkNavigation } from './walk';

const ACCOUNTS = [
  'beheer@rotterdam.demo',
  'projectleider@rotterdam.demo',
  'mentor@rotterdam.demo',
  'regiegroep@rotterdam.demo',
  'student@rotterdam.demo',
];

describe.skipIf(!CHROMIUM)('every Rotterdam account walks its navigation', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.close();
  });

  it.each(ACCOUNTS)('%s', async (email) => {
    expect((await walkNavigation(running, email, { axeOnEveryPage: false })).length).toBeGreaterThan(0);
  });
});
