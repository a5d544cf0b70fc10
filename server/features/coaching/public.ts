// What other features may use of coaching (the boundary rule in .dependency-cruiser.cjs).
export { dueAndLabelledInRange } from './period';
