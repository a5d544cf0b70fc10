export const ORGANISATION_TYPES = [
  'kinderopvang',
  'schoolbestuur',
  'ikc',
  'hogeschool',
  'roc',
  'gemeente',
  'jeugdhulp',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Only these may offer programmes and own classes. */
export const INSTITUTION_TYPES: readonly OrganisationType[] = ['hogeschool', 'roc'];
