// What other features may use of placements (the boundary rule in .dependency-cruiser.cjs).
export { publishedPlacementDays } from './planned-days.provider';
export { studentsPlacedAt } from './placed-students';
