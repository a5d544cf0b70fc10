/**
 * `npm run bench:api`: the real server (bundled like dist/server/index.js) on a generated dataset of
 * two partnerships, 10,000 students and 100,000 reflections, driven by autocannon with the reads and
 * the writes the three user groups do most, 50 connections, 30 s each; and in the same run a bare
 * Fastify hello-world as the yardstick. The last line is the contract of issue 7.
 */
import autocannon from 'autocannon';
import { bundle } from './durability/crash-test';
import { cleanUp, prepareWorkload, start, type Request } from './api/harness';

const DURATION = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = 50;

async function load(url: string, requests?: Request[]) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

try {
  const t0 = performance.now();
  const work = await prepareWorkload();
  const c = work.counts;
  console.log(`dataset: ${c.partnerships} partnerships, ${c.students} students, ${c.reflections} reflections, ${c.logs} session logs; ready in ${Math.round(performance.now() - t0)} ms`);
  console.log(`${work.description}; ${CONNECTIONS} connections, ${DURATION} s each`);
  const read = await load(work.base, work.reads);
  const write = await load(work.base, work.writes);
  work.server.child.kill('SIGTERM');
  const hello = await start(await bundle('scripts/api/hello-world.ts'), ['0']);
  const yardstick = await load(`http://127.0.0.1:${hello.port}`);
  const ratio = (x: number) => (x / yardstick.rps).toFixed(3);
  console.log(
    `api: read ${Math.round(read.rps)} req/s p99 ${read.p99} ms, write ${Math.round(write.rps)} req/s p99 ${write.p99} ms, ${read.errors + write.errors} errors; read ratio ${ratio(read.rps)}, write ratio ${ratio(write.rps)} (hello-world ${Math.round(yardstick.rps)} req/s)`,
  );
} finally {
  cleanUp();
}
