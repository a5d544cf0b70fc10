/** npm run backup -- <file>: an online backup of DATABASE_PATH while the server runs. */
import { readEnv } from '../server/env';
import { backupDatabase } from '../server/ops/backup';

const target = process.argv[2];
if (!target) {
  console.error('Gebruik: npm run backup -- <bestand>');
  process.exit(2);
}
try {
  const { DATABASE_PATH } = readEnv();
  const { bytes } = await backupDatabase(DATABASE_PATH, target);
  console.log(`backup: ${DATABASE_PATH} -> ${target} (${(bytes / 1024 / 1024).toFixed(1)} MB, integrity ok)`);
} catch (error) {
  console.error(`backup mislukt: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
