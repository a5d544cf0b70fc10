/**
 * The namespaces each feature's pages use: its own, and those whose words it borrows
 * (`useTranslation(['regiegroep', 'knowledge'])`). They load together with the feature's code (`withTexts`
 * in ./index.ts). Keyed by the feature's folder under client/features; tests/client/feature-texts.test.ts
 * checks every list against its folder's sources.
 */
export const FEATURE_TEXTS = {
  admin: ['admin', 'privacy', 'rollover'],
  coaching: ['coaching', 'coaching-costs'],
  knowledge: ['knowledge'],
  mail: ['mail'],
  'mentor-teams': ['mentor-teams'],
  placements: ['placements'],
  privacy: ['privacy', 'admin'],
  profiles: ['profiles'],
  regiegroep: ['regiegroep', 'knowledge', 'mentor-teams'],
  report: ['report', 'knowledge', 'mentor-teams'],
  rollover: ['rollover'],
  workplace: ['workplace', 'placements'],
} as const satisfies Record<string, readonly string[]>;

export type TextsFeature = keyof typeof FEATURE_TEXTS;
