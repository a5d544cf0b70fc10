import { readEnv } from './env';
import { openDb, migrateDb } from '../db/client';
import { buildServer } from './app';
import { seedDemoIfEmpty } from './seed/demo';
import { systemClock } from './clock';
import { failInterruptedRuns } from './features/placements/recover-runs';
import { startRetentionJob } from './features/privacy/retention-job';
import { startMail } from './features/mail/public';
import { demoAccountsActive, demoRefusal } from './demo-guard';

async function main(): Promise<void> {
  const env = readEnv();
  const db = openDb(env.DATABASE_PATH);
  migrateDb(db);
  failInterruptedRuns(db, systemClock);
  if (env.SEED_DEMO) await seedDemoIfEmpty(db, systemClock);
  const refusal = demoRefusal(env, await demoAccountsActive(db));
  if (refusal) {
    db.$client.close();
    console.error(refusal);
    process.exit(1);
  }
  startRetentionJob(db, systemClock);
  const mail = startMail(db, systemClock, { smtpUrl: env.SMTP_URL, log: (e) => console.error('mail:', e) });
  const app = await buildServer({
    db,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    rateLimitMax: env.RATE_LIMIT_MAX,
    readCache: env.READ_CACHE === 'on',
    publicUrl: env.PUBLIC_URL,
    mailFrom: env.MAIL_FROM,
    oidc: env.OIDC,
  });
  const close = async () => {
    await app.close();
    await mail.stop();
    db.$client.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close());
  process.on('SIGTERM', () => void close());
  await app.listen({ port: env.PORT, host: env.HOST });
  const { port } = app.server.address() as { port: number };
  console.log(`Werkplaats draait op http://${env.HOST}:${port}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
