/**
 * `npm run bench:api`: the real server (bundled like dist/server/index.js) on a generated dataset of
 * two partnerships, 10,000 students and 100,000 reflections, driven by autocannon with the reads and
 * the writes the three user groups do most, 50 connections, 30 s each; and in the same run a bare
 * Fastify hello-world as the yardstick — in alternating slices (scripts/api/report.ts says why). The
 * last line is the contract of issue 7.
 */
import autocannon from 'autocannon';
import { bundle } from './durability/crash-test';
import { cleanUp, prepareWorkload, start, type Request } from './api/harness';
import { apiLine, combine, type Slice } from './api/report';

const DURATION = Number(process.env.BENCH_SECONDS ?? 30);
const ROUNDS = 3;
const CONNECTIONS = 50;

async function slice(url: string, requests?: Request[]): Promise<Slice> {
  const seconds = DURATION / ROUNDS;
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, requests });
  return {
    requests: result.requests.total,
    seconds,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

try {
  const t0 = performance.now();
  const work = await prepareWorkload();
  const hello = await start(await bundle('scripts/api/hello-world.ts'), ['0']);
  const c = work.counts;
  console.log(
    `dataset: ${c.partnerships} partnerships, ${c.students} students, ${c.reflections} reflections, ${c.logs} session logs; ready in ${Math.round(performance.now() - t0)} ms`,
  );
  console.log(`${work.description}; ${CONNECTIONS} connections, ${DURATION} s each in ${ROUNDS} rounds`);
  const reads: Slice[] = [];
  const writes: Slice[] = [];
  const yardstick: Slice[] = [];
  const rps = (s: Slice) => Math.round(s.requests / s.seconds);
  for (let round = 1; round <= ROUNDS; round++) {
    reads.push(await slice(work.base, work.reads));
    writes.push(await slice(work.base, work.writes));
    yardstick.push(await slice(`http://127.0.0.1:${hello.port}`));
    console.log(
      `round ${round}: read ${rps(reads.at(-1)!)}, write ${rps(writes.at(-1)!)}, hello-world ${rps(yardstick.at(-1)!)} req/s`,
    );
  }
  console.log(apiLine(combine(reads), combine(writes), combine(yardstick)));
} finally {
  cleanUp();
}
