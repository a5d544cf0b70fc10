/**
 * Issue 13: a failed audit write during an async procedure fails that request (a generic message with its
 * reference), never the process: no unhandled rejection, and the server answers the next request.
 * The failure is real: a trigger in the test database refuses every audit event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { partnerships, placementRounds } from '../../db/schema';
import { execWatched } from '../../db/data-generation';
import { testServer, type TestServer } from '../helpers/server';
import { listenOnLoopback } from '../helpers/availability';
import { DEMO_PASSWORD } from '../../server/seed/demo-data';

let s: TestServer;
let base: string;
let cookie: string;
let roundId: number;
const rejections: unknown[] = [];
const recordRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  s = await testServer();
  base = await listenOnLoopback(s.app);
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'projectleider@eindhoven.demo', password: DEMO_PASSWORD }),
  });
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const eindhoven = s.db
    .select()
    .from(partnerships)
    .all()
    .find((p) => p.name.includes('Eindhoven'))!;
  roundId = s.db.select().from(placementRounds).where(eq(placementRounds.partnershipId, eindhoven.id)).get()!.id;
  process.on('unhandledRejection', recordRejection);
}, 60_000);
afterAll(async () => {
  process.off('unhandledRejection', recordRejection);
  await s.app.close();
});

// An XLSX export audits the view, then awaits ExcelJS: the audit write fails while the procedure is still running.
const exportXlsx = () =>
  fetch(
    `${base}/trpc/placements.exportPlacements?input=${encodeURIComponent(JSON.stringify({ roundId, format: 'xlsx' }))}`,
    { headers: { cookie } },
  );

describe('a failing audit write', () => {
  it('fails the request with a reference, leaves no unhandled rejection, and the server answers the next one', async () => {
    expect((await exportXlsx()).status).toBe(200);
    execWatched(
      s.db.$client,
      "CREATE TRIGGER audit_refused BEFORE INSERT ON audit_event BEGIN SELECT RAISE(ABORT, 'audit disk full'); END",
    );
    const failed = await exportXlsx();
    const body = (await failed.json()) as { error: { message: string } };
    expect(failed.status).toBe(500);
    expect(body.error.message).toMatch(/^Er ging iets mis aan onze kant\. Referentie: [0-9a-f]{8}\.$/);
    expect(JSON.stringify(body)).not.toContain('audit disk full');
    // Several at once: they share one audit batch, and each fails on its own.
    const statuses = await Promise.all([exportXlsx(), exportXlsx(), exportXlsx()].map(async (r) => (await r).status));
    expect(statuses).toEqual([500, 500, 500]);
    await new Promise((r) => setTimeout(r, 100));
    expect(rejections).toEqual([]);

    execWatched(s.db.$client, 'DROP TRIGGER audit_refused');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await exportXlsx()).status).toBe(200);
    expect(rejections).toEqual([]);
  });
});
