// What other features may use of students (the boundary rule in .dependency-cruiser.cjs).
export { requireStudent } from './students.service';
