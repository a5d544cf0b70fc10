/**
 * The Rotterdam demo accounts walk their navigation too: other data, the same pages. Every role's pages
 * already get axe in navigation*.test.ts (Eindhoven), so here axe checks the start page, and the walk
 * checks that every page loads without error or "not found".
 */
import { describeWalks } from './walk';

describeWalks(
  'every Rotterdam account walks its navigation',
  [
    'beheer@rotterdam.demo',
    'projectleider@rotterdam.demo',
    'mentor@rotterdam.demo',
    'regiegroep@rotterdam.demo',
    'student@rotterdam.demo',
  ],
  { axeOnEveryPage: false },
);
