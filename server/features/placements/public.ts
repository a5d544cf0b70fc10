// What other features may use of placements (the boundary rule in .dependency-cruiser.cjs).
export { publishedPlacementDays } from './planned-days.provider';
export { studentsPlacedAt } from './placed-students';
// The download files (CSV as Dutch Excel opens it, XLSX): coaching's hours export writes the same way.
export { csvFile, csvFileOfParts, csvPart, fileStem, xlsxFile } from './files';
