/** What other features may use of coaching (the boundary rule in .dependency-cruiser.cjs). */
// Hours and cost per paying organisation over a date range, by the "< 5" rule (docs/decisions/089).
export { costsPerOrganisation } from './costs.service';
// Hours due against labelled over a range, per organisation and month, with the coaches behind them (decision 091).
export { dueAndLabelledInRange } from './period';
