import type { Samples } from './types';

/** The mail, calendar and start-page procedures: all about the actor themself or their partnership. */
export const mailSamples: Samples = {
  'mail.preferences': { input: () => undefined, other: 'n/a' },
  'mail.setPreference': { input: () => ({ kind: 'newReflections', mode: 'direct' }), other: 'n/a' },
  'mail.outbox': { input: () => ({ status: null }), other: 'noLeak' },
  'calendar.status': { input: () => undefined, other: 'n/a' },
  'calendar.renew': { input: () => undefined, other: 'n/a' },
  'start.attention': { input: () => undefined, other: 'noLeak' },
};
