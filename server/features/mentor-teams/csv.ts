/** Moved to server/http/csv.ts (shared by every export); kept so existing imports keep working. */
export { toCsv, hoursWithComma } from '../../http/csv';
