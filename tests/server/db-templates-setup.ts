import type { TestProject } from 'vitest/node';
import { fakeClock } from '../../server/clock';

/** The database templates the server tests' fixtures copy, seeded where every fake clock starts. */
export default async function setup(project: TestProject) {
  // Imported here, not above: the seed reaches the placement engine, whose WebAssembly core the global
  // setup before this one builds (vitest loads every setup file before running the first).
  const { buildDbTemplates } = await import('../helpers/db-templates');
  const { templates, remove } = await buildDbTemplates(fakeClock());
  project.provide('dbTemplates', templates);
  return remove;
}
