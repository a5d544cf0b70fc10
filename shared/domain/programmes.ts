/** bol/bbl for mbo (school-based / work-based), voltijd/deeltijd for hbo. */
export const PROGRAMME_ROUTES = ['bol', 'bbl', 'voltijd', 'deeltijd'] as const;
export type ProgrammeRoute = (typeof PROGRAMME_ROUTES)[number];

/** NLQF levels in use: mbo 2–4, Ad 5, bachelor 6, master 7. */
export const NLQF_LEVELS = [2, 3, 4, 5, 6, 7] as const;
