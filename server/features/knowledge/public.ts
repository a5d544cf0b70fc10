// What other features may use of knowledge (the boundary rule in .dependency-cruiser.cjs).
export { setEntryStatus } from './entries.service';
