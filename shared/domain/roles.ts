/**
 * Roles a person can hold in a partnership. A person may hold several, in several partnerships.
 * - beheerder: partnership administrator (organisations, locations, programmes, people)
 * - projectleider: plans placements, sees all teams
 * - mentor: member of a mentor team (praktijkopleider, roc-docent, ...)
 * - regiegroep: steering group member, sees aggregates
 * - locatie: werkbegeleider / locatiecoördinator of one TOP-locatie
 * - student: a student with their own account
 */
export const ROLES = ['beheerder', 'projectleider', 'mentor', 'regiegroep', 'locatie', 'student'] as const;
export type Role = (typeof ROLES)[number];
