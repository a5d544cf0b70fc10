/**
 * The other four Eindhoven roles walk every page their navigation offers, with axe on each page (the
 * staff and the login page in navigation.test.ts).
 */
import { describeWalks } from './walk';

describeWalks('the Eindhoven mentor, regiegroep, werkbegeleider and student walk their navigation', [
  'mentor@eindhoven.demo',
  'regiegroep@eindhoven.demo',
  'locatie@eindhoven.demo',
  'student@eindhoven.demo',
]);
