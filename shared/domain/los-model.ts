/**
 * The LOS-model: the six building blocks of the hybrid TOP-locatie concept (Signum / Fontys, see
 * ../shared/DOMAIN.md). Working principles and log entries are tagged with one or more of them.
 * Codes are the ones the sources use; screens show the full Dutch name (client i18n `knowledge`):
 *
 * | code | Dutch                                                | English                                      |
 * | LOS  | Lerend en onderzoekend samenwerken                   | learning and inquiring collaboration         |
 * | LeA  | Leiderschap en autonomie                             | leadership and autonomy                      |
 * | SRI  | Samen richten en (her)inrichten                      | jointly setting direction and (re)designing  |
 * | VMM  | Vrijmaken van mensen en middelen                     | freeing up people and resources              |
 * | VOR  | Vormgeven en onderhouden van relaties                | shaping and maintaining relationships        |
 * | GOC  | Grensoverstijgende en ontwikkelingsgerichte cultuur  | boundary-crossing, development-oriented culture |
 */
export const LOS_BLOCKS = ['LOS', 'LeA', 'SRI', 'VMM', 'VOR', 'GOC'] as const;
export type LosBlock = (typeof LOS_BLOCKS)[number];

/** Blocks in the model's order, without duplicates, whatever order they were ticked in. */
export function sortBlocks(blocks: readonly LosBlock[]): LosBlock[] {
  return LOS_BLOCKS.filter((b) => blocks.includes(b));
}
