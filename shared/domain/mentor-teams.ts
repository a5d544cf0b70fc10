/**
 * Mentor teams (mentorteams): a praktijkopleider and a roc-docent, sometimes with a hogeschool docent,
 * who together guide one class (klas) that several childcare organisations jointly "adopt" (Rotterdam
 * Rijnmond model). They meet the class weekly, signal what falls short, and label their hours. The
 * werkbegeleiders at the workplaces are not in the team: the team takes work off their hands (decision 082).
 */

/** The role of a person within the team (not a platform role: every member has the `mentor` role). */
export const TEAM_ROLES = ['praktijkopleider', 'roc-docent', 'hogeschool-docent'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** A weekly session log: a draft saves itself; "vastgesteld" is final; "vervallen" = no session (e.g. holiday). */
export const LOG_STATUSES = ['concept', 'vastgesteld', 'vervallen'] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

/** Attendance at the weekly session: aanwezig, afwezig, afgemeld (absent with notice). */
export const ATTENDANCE = ['aanwezig', 'afwezig', 'afgemeld'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** What a signal is about: a skill or knowledge that falls short, or a need of the field. */
export const SIGNAL_KINDS = ['tekort', 'behoefte-werkveld'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** A signal moves forward only: nieuw → doorgezet naar regiegroep → opgepakt → afgerond. */
export const SIGNAL_STATUSES = ['nieuw', 'doorgezet', 'opgepakt', 'afgerond'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

export function isForwardMove(from: SignalStatus, to: SignalStatus): boolean {
  return SIGNAL_STATUSES.indexOf(to) > SIGNAL_STATUSES.indexOf(from);
}

/** Hour labels ("uren labelen"), with the Dutch term used in the cost-monitoring export. */
export const HOUR_LABELS = [
  { code: 'begeleiding', name: 'Begeleiding studenten' },
  { code: 'weekoverleg', name: 'Weekoverleg' },
  { code: 'voorbereiding', name: 'Voorbereiding' },
  { code: 'afstemming', name: 'Afstemming opleiding–werkveld' },
  { code: 'scholing', name: 'Scholing' },
] as const;
export type HourLabel = (typeof HOUR_LABELS)[number]['code'];
export const HOUR_LABEL_CODES = HOUR_LABELS.map((l) => l.code) as [HourLabel, ...HourLabel[]];
export const hourLabelName = (code: string) => HOUR_LABELS.find((l) => l.code === code)?.name ?? code;

/** No one works more than this in a day; a higher total is a typing error. */
export const MAX_HOURS_PER_DAY = 24;
/** Days at the workplace in one week (childcare also opens at weekends, hence 7). */
export const MAX_DAYS_PER_WEEK = 7;
