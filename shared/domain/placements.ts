/**
 * Placement rounds (plaatsingsrondes): vocabularies and the weekday notation of imports and exports.
 * A round goes concept → gedraaid (the engine ran) → gepubliceerd (students and locations see it).
 */
export const ROUND_STATUSES = ['concept', 'gedraaid', 'gepubliceerd'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** The engine's objectives; on screen "optimaal" and "stabiel". */
export const OBJECTIVES = ['optimal', 'stable'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** Jobs of the engine, run in a worker thread. */
export const RUN_KINDS = ['run', 'compare', 'repair'] as const;
export type RunKind = (typeof RUN_KINDS)[number];
export const RUN_STATES = ['wachtrij', 'bezig', 'klaar', 'mislukt'] as const;
export type RunState = (typeof RUN_STATES)[number];
/** What a running job is doing, in order: the progress bar shows how far along it is. */
export const RUN_STAGES = ['voorbereiden', 'oplossen', 'uitleggen', 'opslaan'] as const;
export type RunStage = (typeof RUN_STAGES)[number];

/** engine: the run placed them; handmatig: a projectleider's override (with a reason); reparatie: moved by a repair. */
export const ASSIGNMENT_SOURCES = ['engine', 'handmatig', 'reparatie'] as const;
export type AssignmentSource = (typeof ASSIGNMENT_SOURCES)[number];

/** Why a location a student ranked higher is not theirs (the engine's codes). */
export const REASON_CODES = ['not-offered', 'days', 'distance', 'no-supervisor', 'full'] as const;

export const MAX_PREFERENCES = 10;
export const MAX_CAPACITY = 500;
export const MAX_GRADE = 20;

/** Dutch short weekday names, as imports and exports write days: "ma di wo". */
export const WEEKDAY_SHORT: Record<number, string> = { 1: 'ma', 2: 'di', 3: 'wo', 4: 'do', 5: 'vr' };
const WEEKDAY_WORDS: Record<string, number> = {
  ma: 1,
  maandag: 1,
  di: 2,
  dinsdag: 2,
  wo: 3,
  woensdag: 3,
  do: 4,
  donderdag: 4,
  vr: 5,
  vrijdag: 5,
  mo: 1,
  monday: 1,
  tu: 2,
  tuesday: 2,
  we: 3,
  wednesday: 3,
  th: 4,
  thursday: 4,
  fr: 5,
  friday: 5,
};

export function formatDays(days: readonly number[]): string {
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => WEEKDAY_SHORT[d] ?? String(d))
    .join(' ');
}

/** "ma di wo", "ma, di", "maandag;dinsdag" or "1 2 3" → [1, 2, 3]; null when a word is no weekday. */
export function parseDays(text: string): number[] | null {
  const words = text
    .toLowerCase()
    .split(/[\s,;/+]+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  const days = new Set<number>();
  for (const word of words) {
    const day = /^[1-5]$/.test(word) ? Number(word) : WEEKDAY_WORDS[word.replace(/\.$/, '')];
    if (day === undefined) return null;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}
