/**
 * npm run restore -- <file>: puts a backup back in place of DATABASE_PATH.
 * Stop the server first; start it again afterwards (it applies any newer migrations).
 */
import { readEnv } from '../server/env';
import { restoreDatabase } from '../server/ops/backup';

const backup = process.argv[2];
if (!backup) {
  console.error('Gebruik: npm run restore -- <backupbestand>   (stop eerst de server)');
  process.exit(2);
}
try {
  const { DATABASE_PATH } = readEnv();
  const { keptAs } = restoreDatabase(backup, DATABASE_PATH);
  if (keptAs) console.log(`restore: de vorige database is bewaard als ${keptAs}`);
  console.log(`restore: ${backup} -> ${DATABASE_PATH} (integrity ok). Start de server opnieuw met npm start.`);
} catch (error) {
  console.error(`restore mislukt: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
