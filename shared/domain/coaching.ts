/**
 * Coaching hours and the rekentool (docs/decisions/085). The defaults come from the sources: Enschede's
 * "uren labelen" of IB'ers 0-4 and pedagogisch beleidsmedewerkers, and the national coaching norms.
 */
import { dateInIsoWeek, type IsoWeek } from './dates';

/** Labels a partnership starts with; it renames, adds and retires them itself. */
export const DEFAULT_COACHING_LABELS = [
  'Begeleiding studenten',
  'Weekoverleg',
  'Voorbereiding',
  'Afstemming opleiding–werkveld',
  'Scholing',
  "Coaching pm'ers",
  'VE-beleid',
  'Zorg en begeleiding kinderen',
] as const;

/** Coaching roles a partnership starts with; it adds its own. */
export const DEFAULT_COACHING_ROLES = ["IB'er 0-4", 'Pedagogisch beleidsmedewerker / coach', 'Mentorteamlid'] as const;

/** A norm: the components add up; each may be 0 (docs/decisions/085). */
export interface CoachingNorm {
  countsFixedBase: boolean;
  hoursPerLocation: number;
  hoursPerVeChild: number;
  hoursPerFtePm: number;
}

/** The two national coaching norms, per year, and the two combined. */
export const NORM_PRESETS = {
  coachingPm: { countsFixedBase: false, hoursPerLocation: 50, hoursPerVeChild: 0, hoursPerFtePm: 10 },
  veChild: { countsFixedBase: false, hoursPerLocation: 0, hoursPerVeChild: 10, hoursPerFtePm: 0 },
  both: { countsFixedBase: false, hoursPerLocation: 50, hoursPerVeChild: 10, hoursPerFtePm: 10 },
} as const satisfies Record<string, CoachingNorm>;
export type NormPreset = keyof typeof NORM_PRESETS;

export interface LocationFigures {
  veChildren: number;
  ftePm: number;
  fixedBaseHours: number;
}

/** Hours a location is due in a year by the norm, to one decimal. */
export function hoursDue(norm: CoachingNorm, figures: LocationFigures): number {
  const due =
    (norm.countsFixedBase ? figures.fixedBaseHours : 0) +
    norm.hoursPerLocation +
    norm.hoursPerVeChild * figures.veChildren +
    norm.hoursPerFtePm * figures.ftePm;
  return Math.round(due * 10) / 10;
}

/** A week counts in the month (and year) of its Thursday, as ISO weeks count in the year of theirs. */
export function monthOfIsoWeek(week: IsoWeek): number {
  return Number(dateInIsoWeek(week, 4).slice(5, 7));
}

/** At most this many hours a week on one line: a guard against typing minutes as hours. */
export const MAX_COACHING_HOURS_PER_WEEK = 60;
