// What other features may use of school-years (the boundary rule in .dependency-cruiser.cjs).
export { getSchoolYear } from './school-years.service';
