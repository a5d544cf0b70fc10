/**
 * The child of the migration crash test: runs the real migrator on a fresh file, but with every
 * statement slowed down (5 ms), so that a SIGKILL lands in the middle of the migration.
 * Prints "migrating" when it starts and "migrated" when done.
 */
import { openDb, migrateDb } from '../../db/client';

const db = openDb(process.argv[2]!);
const prepare = db.$client.prepare.bind(db.$client);
const pause = new Int32Array(new SharedArrayBuffer(4));
db.$client.prepare = (source: string) => {
  Atomics.wait(pause, 0, 0, 5);
  return prepare(source);
};
process.stdout.write('ack 0\n');
migrateDb(db);
process.stdout.write('migrated\n');
