// What other features may use of programmes (the boundary rule in .dependency-cruiser.cjs).
export { getProgramme } from './programmes.service';
