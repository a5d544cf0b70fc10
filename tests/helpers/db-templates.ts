import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openDb, migrateDb, type Db } from '../../db/client';
import type { Clock } from '../../server/clock';
import { seedDemo } from '../../server/seed/demo';
import type { DemoRegion } from '../../server/seed/seed-core';

/**
 * Migrating a fresh database (~1 s) and seeding the demo region (~2 s, an argon2 hash included) were
 * done for every fixture: hundreds of times per run. A global setup now does both once per run, into
 * template files; a fixture copies a file (a few ms). Every test still gets a database of its own.
 */
interface DbTemplates {
  /** A migrated, empty database. */
  empty: string;
  /** The demo region seeded on `seededAt` (the run's start, on the clock the project's fixtures use). */
  demo: string;
  region: DemoRegion;
  seededAt: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absent in a project without the global setup (the client's). */
    dbTemplates?: DbTemplates;
  }
}

/** Builds the templates in a new temp dir; returns them and a function that removes them. */
export async function buildDbTemplates(clock: Clock): Promise<{ templates: DbTemplates; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'werkplaats-templates-'));
  const empty = join(dir, 'empty.db');
  const demo = join(dir, 'demo.db');
  const seededAt = clock.now();
  closeIntoFile(migrated(empty));
  const db = migrated(demo);
  const region = await seedDemo(db, clock);
  closeIntoFile(db);
  return { templates: { empty, demo, region, seededAt }, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function migrated(path: string): Db {
  const db = openDb(path);
  migrateDb(db);
  return db;
}

/** Everything in the main file (no -wal beside it), so a copy of that one file is the whole database. */
function closeIntoFile(db: Db): void {
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
}

/** The run's templates, when this project's global setup made them (the client project has none). */
export function dbTemplates(): DbTemplates | undefined {
  return inject('dbTemplates');
}

/** A copy of a template file in a temp dir of its own, opened like any database. */
export function copyOf(template: string): Db {
  const path = join(mkdtempSync(join(tmpdir(), 'werkplaats-test-')), 'test.db');
  copyFileSync(template, path);
  return openDb(path);
}
