// What other features may use of cohorts (the boundary rule in .dependency-cruiser.cjs).
export { getCohort } from './cohorts.service';
