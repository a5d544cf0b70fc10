/** What other features may use of the workplace's records (the boundary rule in .dependency-cruiser.cjs). */
export { confirmedDaysPresent } from './confirmed-days';
