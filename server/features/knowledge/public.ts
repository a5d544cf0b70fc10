// What other features may use of knowledge (the boundary rule in .dependency-cruiser.cjs).
export { setEntryStatus } from './entries.service';
// Words found by prefix or Dutch stem (decision 081), for the signal and decision searches.
export { matchingIds } from './match-expression';
