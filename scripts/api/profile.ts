// Temporary: profile the server under each request of the mix.
import autocannon from 'autocannon';
import { cleanUp, prepareWorkload } from './harness';
const which = process.env.WHICH ?? 'writes';
const work = await prepareWorkload();
try {
  const reqs = which === 'writes' ? work.writes : which === 'healthz' ? undefined : [work.reads[Number(which)]!];
  const r = await autocannon({ url: which === 'healthz' ? work.base + '/healthz' : work.base, connections: 50, duration: 10, requests: reqs });
  console.log(which, 'rps', r.requests.average, 'p99', r.latency.p99, 'errors', r.errors, r.timeouts, r.non2xx);
  await new Promise((res) => { work.server.child.on('exit', res); work.server.child.kill('SIGTERM'); });
} finally {
  cleanUp();
}
