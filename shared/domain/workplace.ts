/**
 * The werkbegeleider's voice (docs/decisions/083): presence confirmed per day at the workplace, short
 * observations, and questions to the programme that the mentor team triages like a signal.
 */
export const WORKPLACE_PRESENCE = ['aanwezig', 'afwezig'] as const;
export type WorkplacePresence = (typeof WORKPLACE_PRESENCE)[number];

/** A question moves forward only: nieuw → opgepakt → afgerond. */
export const QUESTION_STATUSES = ['nieuw', 'opgepakt', 'afgerond'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
