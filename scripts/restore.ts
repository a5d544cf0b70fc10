/**
 * npm run restore -- <file>: puts a backup back in place of DATABASE_PATH.
 * Stop the server first; start it again afterwards. The restored file is migrated to this version, and
 * erasures made after the backup are made again (server/ops/reapply-erasures.ts).
 */
import { readEnv } from '../server/env';
import { systemClock } from '../server/clock';
import { restoreWithErasures } from '../server/ops/reapply-erasures';

const backup = process.argv[2];
if (!backup) {
  console.error('Gebruik: npm run restore -- <backupbestand>   (stop eerst de server)');
  process.exit(2);
}
try {
  const { DATABASE_PATH } = readEnv();
  const { keptAs, reapplied } = restoreWithErasures(backup, DATABASE_PATH, systemClock);
  if (keptAs) console.log(`restore: de vorige database is bewaard als ${keptAs}`);
  console.log(`restore: ${reapplied} verwijderverzoek(en) van na de backup opnieuw uitgevoerd`);
  console.log(`restore: ${backup} -> ${DATABASE_PATH} (integrity ok). Start de server opnieuw met npm start.`);
} catch (error) {
  console.error(`restore mislukt: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
