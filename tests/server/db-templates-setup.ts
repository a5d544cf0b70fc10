import type { TestProject } from 'vitest/node';
import { fakeClock } from '../../server/clock';
import { buildDbTemplates } from '../helpers/db-templates';

/** The database templates the server tests' fixtures copy, seeded where every fake clock starts. */
export default async function setup(project: TestProject) {
  const { templates, remove } = await buildDbTemplates(fakeClock());
  project.provide('dbTemplates', templates);
  return remove;
}
