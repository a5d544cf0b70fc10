// Temporary probe: per-request latency of each read and write on the bench dataset.
import { cleanUp, prepareWorkload } from './harness';
const work = await prepareWorkload();
try {
  for (const r of [...work.reads, ...work.writes]) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      const res = await fetch(work.base + r.path, { method: r.method, headers: r.headers, body: r.body });
      const text = await res.text();
      size = text.length;
      times.push(performance.now() - t0);
      if (!res.ok) console.log(res.status, text.slice(0, 200));
    }
    times.sort((a, b) => a - b);
    console.log(r.path.slice(0, 40), 'median', times[10]!.toFixed(1), 'ms, bytes', size);
  }
  const t0 = performance.now();
  for (let i = 0; i < 200; i++) await (await fetch(work.base + '/healthz')).text();
  console.log('healthz', ((performance.now() - t0) / 200).toFixed(2), 'ms');
} finally {
  work.server.child.kill('SIGTERM');
  cleanUp();
}
