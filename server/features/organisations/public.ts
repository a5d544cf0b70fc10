// What other features may use of organisations (the boundary rule in .dependency-cruiser.cjs).
export { getOrganisation, listOrganisations, requireInstitution } from './organisations.service';
