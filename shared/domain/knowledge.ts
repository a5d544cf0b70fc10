/**
 * Vocabularies of the knowledge base (werkende principes, dilemma's, successen, vraagstukken).
 * Codes are stored; screens translate them (client i18n `knowledge`).
 */

/** The maturity ladder of a working principle, lowest first. */
export const MATURITY_LEVELS = ['geidentificeerd', 'beschreven', 'beproefd', 'opgeschaald', 'geborgd'] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export const maturityRank = (level: MaturityLevel): number => MATURITY_LEVELS.indexOf(level);

/** The rungs' Dutch names as the screens show them (client/i18n/nl/knowledge.json), for files the server writes. */
const MATURITY_NAMES: Record<MaturityLevel, string> = {
  geidentificeerd: 'Geïdentificeerd',
  beschreven: 'Beschreven',
  beproefd: 'Beproefd',
  opgeschaald: 'Opgeschaald',
  geborgd: 'Geborgd',
};
export const maturityName = (code: string): string => (MATURITY_NAMES as Partial<Record<string, string>>)[code] ?? code;

/** Levels that claim the principle has spread: they need an adoption at another TOP-locatie. */
export const needsAdoptionElsewhere = (level: MaturityLevel): boolean =>
  maturityRank(level) >= maturityRank('opgeschaald');

export const ENTRY_TYPES = ['dilemma', 'succes', 'vraagstuk'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** open → besproken → besluit (genomen) → opgelost, or geparkeerd; every change is kept with its date. */
export const ENTRY_STATUSES = ['open', 'besproken', 'besluit', 'opgelost', 'geparkeerd'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/**
 * The six practical issues the Wittering.nl pilot named at the start (source 000, "Praktische
 * vraagstukken"): informing the programmes' teachers, students' presence at the workplace, board-level
 * cooperation and staffing, monitoring of costs, image among other students, information from the
 * workplace to the programme. A partnership adds its own categories beside these.
 */
export const PRACTICAL_CATEGORIES = [
  'docenten',
  'aanwezigheid',
  'bestuur',
  'kosten',
  'beeldvorming',
  'informatie',
] as const;
export type PracticalCategory = (typeof PRACTICAL_CATEGORIES)[number];

/** Who an entry concerns ("directbetrokkenen" in the sources, plus board and municipality). */
export const INVOLVED_GROUPS = ['studenten', 'opleiders', 'teamleden', 'bestuur', 'gemeente'] as const;
export type InvolvedGroup = (typeof INVOLVED_GROUPS)[number];

/**
 * What a principle's evidence can point at. `entry` is a dilemma, success or vraagstuk of this
 * knowledge base; `signal` and `sessionLog` belong to the mentor teams (issue 4) and can be linked once
 * their tables exist — see server/features/knowledge/evidence-kinds.ts.
 */
export const EVIDENCE_KINDS = ['entry', 'signal', 'sessionLog'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
