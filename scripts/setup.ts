/**
 * npm run setup -- --partnership "<name>" --admin-email <e-mail> --admin-name "<name>"
 * A new partnership on DATABASE_PATH (migrated first) with an invitation for its first beheerder.
 */
import { parseArgs } from 'node:util';
import { readEnv } from '../server/env';
import { openDb, migrateDb } from '../db/client';
import { systemClock } from '../server/clock';
import { firstSetup, firstSetupSchema } from '../server/ops/first-setup';
import { translateMessage } from '../shared/i18n/messages';

const USAGE = 'Gebruik: npm run setup -- --partnership "<naam>" --admin-email <e-mailadres> --admin-name "<naam>"';
const LABELS: Record<string, string> = {
  partnership: '--partnership',
  adminEmail: '--admin-email',
  adminName: '--admin-name',
};

function fail(message: string, code = 1): never {
  console.error(`setup mislukt: ${message}`);
  process.exit(code);
}

let args: Record<string, string | undefined>;
try {
  args = parseArgs({
    options: {
      partnership: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
}
const parsed = firstSetupSchema.safeParse({
  partnership: args.partnership ?? '',
  adminEmail: args['admin-email'] ?? '',
  adminName: args['admin-name'] ?? '',
});
if (!parsed.success) {
  const lines = parsed.error.issues.map(
    (i) => `  ${LABELS[String(i.path[0])] ?? ''}: ${translateMessage(i.message, 'nl')}`,
  );
  fail(`ongeldige invoer\n${lines.join('\n')}\n${USAGE}`, 2);
}

try {
  const env = readEnv();
  const db = openDb(env.DATABASE_PATH);
  migrateDb(db);
  const { link } = firstSetup(db, systemClock, parsed.data, env.PUBLIC_URL);
  db.$client.close();
  console.log(
    `Samenwerkingsverband "${parsed.data.partnership}" is aangemaakt. ${parsed.data.adminName} kiest binnen 7 dagen een wachtwoord via ${link}`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
