/**
 * Privacy (AVG): what erasure leaves behind, and the kinds of record that have a retention term.
 * Decisions and the reasons for each default: docs/decisions/050-privacy.md.
 */

/** What erased or expired personal text becomes. Rows stay, so counts on dashboards stay. */
export const ERASED = '[verwijderd]';

export const RETENTION_KINDS = [
  'reflections',
  'mentorNotes',
  'attendance',
  'sessionLogTexts',
  'hourNotes',
  'placementPreferences',
  'workplacePresence',
  'workplaceObservations',
  'workplaceQuestions',
  'invites',
  'mails',
  'loginFailures',
  'accountMails',
  'expiredSessions',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export interface RetentionSpec {
  unit: 'months' | 'days';
  defaultAmount: number;
  /** `partnership`: each beheerder sets it; `platform`: one term for all (the rows belong to no partnership). */
  scope: 'partnership' | 'platform';
  /** `blank`: the text becomes ERASED and the row stays (a dashboard counts it); `delete`: the row goes. */
  effect: 'blank' | 'delete';
}

export const RETENTION: Record<RetentionKind, RetentionSpec> = {
  reflections: { unit: 'months', defaultAmount: 24, scope: 'partnership', effect: 'blank' },
  mentorNotes: { unit: 'months', defaultAmount: 24, scope: 'partnership', effect: 'blank' },
  attendance: { unit: 'months', defaultAmount: 24, scope: 'partnership', effect: 'delete' },
  sessionLogTexts: { unit: 'months', defaultAmount: 24, scope: 'partnership', effect: 'blank' },
  hourNotes: { unit: 'months', defaultAmount: 12, scope: 'partnership', effect: 'blank' },
  placementPreferences: { unit: 'months', defaultAmount: 24, scope: 'partnership', effect: 'delete' },
  workplacePresence: { unit: 'months', defaultAmount: 24, scope: 'partnership', effect: 'delete' },
  workplaceObservations: { unit: 'months', defaultAmount: 24, scope: 'partnership', effect: 'delete' },
  workplaceQuestions: { unit: 'months', defaultAmount: 24, scope: 'partnership', effect: 'delete' },
  invites: { unit: 'months', defaultAmount: 3, scope: 'partnership', effect: 'delete' },
  mails: { unit: 'months', defaultAmount: 3, scope: 'partnership', effect: 'delete' },
  loginFailures: { unit: 'days', defaultAmount: 30, scope: 'platform', effect: 'delete' },
  accountMails: { unit: 'days', defaultAmount: 30, scope: 'platform', effect: 'delete' },
  expiredSessions: { unit: 'days', defaultAmount: 1, scope: 'platform', effect: 'delete' },
};

export const RETENTION_LIMITS = { months: { min: 1, max: 120 }, days: { min: 1, max: 3650 } } as const;
