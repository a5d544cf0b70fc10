/**
 * The Beroepsbeeld Medewerker IKC (the professional profile of the IKC worker), used to tag what
 * mentor teams signal. Codes are stable identifiers stored in the database; `name` is the Dutch term
 * the profile itself uses (screens translate the code through i18n; exports use the Dutch term).
 */
export const BEROEPSBEELD_DOMAINS = [
  { code: 'leren-ontwikkelen', name: 'Leren & Ontwikkelen van kinderen' },
  { code: 'onderzoek-innovatie', name: 'Onderzoek & Innovatie' },
  { code: 'professionele-versterking', name: 'Professionele versterking van medewerker en team' },
  { code: 'organisatie-samenwerking', name: 'Organisatie & Samenwerking' },
] as const;
export type BeroepsbeeldDomain = (typeof BEROEPSBEELD_DOMAINS)[number]['code'];
export const BEROEPSBEELD_DOMAIN_CODES = BEROEPSBEELD_DOMAINS.map((d) => d.code) as [
  BeroepsbeeldDomain,
  ...BeroepsbeeldDomain[],
];

/** The eight competences of the profile. */
export const BEROEPSBEELD_COMPETENCES = [
  { code: 'ontwikkelingsgerichtheid', name: 'Ontwikkelingsgerichtheid' },
  { code: 'samenwerkingsgerichtheid', name: 'Samenwerkingsgerichtheid' },
  { code: 'omgevingssensitiviteit', name: 'Omgevingssensitiviteit' },
  { code: 'ondernemende-houding', name: 'Ondernemende houding' },
  { code: 'flexibiliteit', name: 'Flexibiliteit' },
  { code: 'creativiteit', name: 'Creativiteit' },
  { code: 'onderzoekende-houding', name: 'Onderzoekende houding' },
  { code: 'moreel-ethisch-handelen', name: 'Moreel-ethisch handelen' },
] as const;
export type BeroepsbeeldCompetence = (typeof BEROEPSBEELD_COMPETENCES)[number]['code'];
export const BEROEPSBEELD_COMPETENCE_CODES = BEROEPSBEELD_COMPETENCES.map((c) => c.code) as [
  BeroepsbeeldCompetence,
  ...BeroepsbeeldCompetence[],
];

/** The circles of the environment an IKC works in. */
export const BEROEPSBEELD_CIRCLES = ['buurt', 'partners', 'politiek-en-beleid', 'samenleving', 'wetenschap'] as const;

export const domainName = (code: string) => BEROEPSBEELD_DOMAINS.find((d) => d.code === code)?.name ?? code;
export const competenceName = (code: string) => BEROEPSBEELD_COMPETENCES.find((c) => c.code === code)?.name ?? code;

/** The career stages, in order: "je ontwikkelt je op één of meerdere domeinen tot stagiaire in opleiding, starter, ervaren of expert". */
export const BEROEPSBEELD_STAGES = ['in-opleiding', 'starter', 'ervaren', 'expert'] as const;
export type BeroepsbeeldStage = (typeof BEROEPSBEELD_STAGES)[number];

/** The specialisations within Leren & Ontwikkelen van kinderen (the profile names no others). */
export const BEROEPSBEELD_SPECIALISATIONS = [
  'verzorging',
  'vakdidactiek',
  'pedagogiek',
  'gezondheid',
  'psychologie-orthopedagogiek',
] as const;
export type BeroepsbeeldSpecialisation = (typeof BEROEPSBEELD_SPECIALISATIONS)[number];

/** "Wil je verbreden of verdiepen?" */
export const CAREER_DIRECTIONS = ['verbreden', 'verdiepen'] as const;
export type CareerDirection = (typeof CAREER_DIRECTIONS)[number];
