/** The pages app.tsx routes to (one import line there). */
export { MyHoursPage } from './week-page';
export { CoachingHoursPage } from './hours-page';
export { RekentoolPage } from './rekentool-page';
export { CostsPage } from './costs-page';
export { TariffsPage } from './tariffs-page';
