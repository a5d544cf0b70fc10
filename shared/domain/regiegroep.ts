/**
 * The regiegroep: representatives of all partners who monitor the mentor teams, follow trends and
 * connect them to education and childcare, so the programmes can be adjusted. They meet a few times a
 * school year (overleg), decide (besluiten) and hand out actions (actiepunten). Codes are stored;
 * screens translate them (client i18n `regiegroep`).
 */
import { BEROEPSBEELD_CIRCLES } from './beroepsbeeld';

/** A meeting is planned, then held (or cancelled). Decisions and minutes belong to a held day. */
export const MEETING_STATUSES = ['gepland', 'gehouden', 'geannuleerd'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** What an agenda item is about: something of the platform, or a free item the chair adds. */
export const AGENDA_KINDS = ['signaal', 'dilemma', 'principe', 'actiepunt', 'vrij'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** What a decision can be about (and be traced back to). */
export const DECISION_SUBJECTS = ['signaal', 'dilemma', 'principe'] as const;
export type DecisionSubject = (typeof DECISION_SUBJECTS)[number];

/** How a decision changes a programme, when it does. */
export const PROGRAMME_CHANGES = ['lesinhoud', 'planning', 'begeleiding', 'beoordeling', 'anders'] as const;
export type ProgrammeChange = (typeof PROGRAMME_CHANGES)[number];

/** An action is open, in progress or done; "overdue" is not stored but follows from the due date. */
export const ACTION_STATUSES = ['open', 'bezig', 'afgerond'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Trends are placed in the environment circles of the Beroepsbeeld. */
export const TREND_CIRCLES = BEROEPSBEELD_CIRCLES;
export type TrendCircle = (typeof TREND_CIRCLES)[number];

/** "Three a year" in the sources; a partnership may choose another rhythm. */
export const DEFAULT_MEETINGS_PER_YEAR = 3;
export const MAX_MEETINGS_PER_YEAR = 12;
export const MAX_AGENDA_ITEMS = 40;

/**
 * Privacy by design: a group of fewer than this many students is never shown as a number. The server's
 * aggregation layer replaces such counts by SUPPRESSED before anything leaves it.
 */
export const SMALL_GROUP_MIN = 5;
export const SUPPRESSED = '< 5' as const;
/**
 * A count of 5 or more hidden only because, beside its total, it would give a "< 5" away by
 * subtraction ("x", as statistical offices mark it). Never shown as "< 5": that would be untrue.
 */
export const SHIELDED = 'x' as const;
/** A count of students as it may be shown: a number of 0 or at least 5, "< 5", or "x". */
export type ShownCount = number | typeof SUPPRESSED | typeof SHIELDED;

export const isOverdue = (action: { status: string; dueOn: string }, today: string) =>
  action.status !== 'afgerond' && action.dueOn < today;

/** The CSV tables behind the dashboard's charts (one per chart). */
export const DASHBOARD_TABLES = [
  'plaatsing-totaal',
  'plaatsing-vulling',
  'plaatsing-niet-geplaatst',
  'plaatsing-voorkeur',
  'logboeken',
  'aanwezigheid',
  'uren',
  'signalen-tijd',
  'signalen-status',
  'dilemmas-tijd',
  'dilemmas-categorie',
  'principes',
  'overnames',
  'spreiding',
] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];
/** Tables a mentor may export: their own teams' figures only. */
export const MENTOR_TEAM_TABLES: readonly DashboardTable[] = [
  'logboeken',
  'aanwezigheid',
  'uren',
  'signalen-tijd',
  'signalen-status',
];
