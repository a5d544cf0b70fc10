// What other features may use of locations (the boundary rule in .dependency-cruiser.cjs).
export { getLocation } from './locations.service';
