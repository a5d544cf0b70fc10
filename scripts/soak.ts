/**
 * `npm run soak` (not in CI): ten minutes of mixed reads and writes against the real server on the
 * benchmark dataset, sampling the server's resident memory and the WAL file every 10 s. RSS must stay
 * flat (the last minutes within 25% of the first after warm-up) and the WAL bounded (SQLite's
 * auto-checkpoint keeps it near 4 MB; we allow 64 MB).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import autocannon from 'autocannon';
import { cleanUp, databasePath, prepareWorkload } from './api/harness';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const walMb = () => (existsSync(`${databasePath}-wal`) ? statSync(`${databasePath}-wal`).size / 1024 / 1024 : 0);

try {
  const work = await prepareWorkload();
  const pid = work.server.child.pid!;
  const samples: { minute: number; rss: number; wal: number }[] = [];
  const started = performance.now();
  const timer = setInterval(() => {
    const s = { minute: (performance.now() - started) / 60_000, rss: rssMb(pid), wal: walMb() };
    samples.push(s);
    console.log(
      `${s.minute.toFixed(1).padStart(5)} min  RSS ${s.rss.toFixed(0).padStart(4)} MB  WAL ${s.wal.toFixed(1).padStart(6)} MB`,
    );
  }, 10_000);
  const result = await autocannon({
    url: work.base,
    connections: 20,
    duration: MINUTES * 60,
    requests: [...work.reads, ...work.writes, ...work.writes],
  });
  clearInterval(timer);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const warm = avg(samples.filter((s) => s.minute >= 1 && s.minute < 3).map((s) => s.rss));
  const late = avg(samples.filter((s) => s.minute >= MINUTES - 2).map((s) => s.rss));
  const maxWal = Math.max(...samples.map((s) => s.wal));
  const flat = late <= warm * 1.25;
  const bounded = maxWal <= 64;
  console.log(
    `soak: ${MINUTES} min, ${Math.round(result.requests.average)} req/s, ${result.errors + result.non2xx} errors; RSS ${warm.toFixed(0)} → ${late.toFixed(0)} MB (${flat ? 'flat' : 'GROWING'}), WAL max ${maxWal.toFixed(1)} MB (${bounded ? 'bounded' : 'UNBOUNDED'})`,
  );
  process.exitCode = flat && bounded && result.errors + result.non2xx === 0 ? 0 : 1;
} finally {
  cleanUp();
}
