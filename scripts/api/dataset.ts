/**
 * The API benchmark's data: the demo region (two partnerships, the demo accounts and their password),
 * filled with 5,000 more students and 50,000 reflections each — 10,000 students and 100,000
 * reflections in all — with their classes, mentor teams, weekly logs, attendance, a published
 * placement round, signals, knowledge and regiegroep content.
 */
import { migrateDb, openDb, type Db } from '../../db/client';
import { systemClock } from '../../server/clock';
import { seedDemo } from '../../server/seed/demo';
import { generateDataset } from '../dashboard/generate-dataset';
import { execWatched } from '../../db/data-generation';

export async function createApiDataset(path: string): Promise<Db> {
  const db = openDb(path);
  migrateDb(db);
  const region = await seedDemo(db, systemClock);
  const sizes = { students: 5_000, reflections: 50_000, teams: 8 };
  generateDataset(db.$client, { partnershipId: region.eindhoven.partnershipId, tag: 'e', sizes });
  generateDataset(db.$client, { partnershipId: region.rotterdam.partnershipId, tag: 'r', sizes });
  execWatched(db.$client, 'ANALYZE');
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  return db;
}
