/** What other features may use of the regiegroep: the "< 5" rule for counts of people (decision 040, 073). */
export { isSmall, shownBreakdown, shownCount } from './small-groups';
