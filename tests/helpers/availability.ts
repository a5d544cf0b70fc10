import { request, Agent } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** Listens on 127.0.0.1 (a free port) and returns the base URL: the hostile requests go over a real socket. */
export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  return `http://127.0.0.1:${port}`;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function healthzOnce(base: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${base}/healthz`, { agent }, (res) => {
      res.resume();
      res.on('end', () =>
        res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error('healthz')),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

export interface HealthzFigures {
  /** Slowest /healthz answer while `work` ran, in ms. */
  max: number;
  samples: number;
  /** How long `work` took, in ms. */
  workMs: number;
}

/**
 * Asks /healthz one request after another (every ~10 ms) for as long as `work` runs, and returns the slowest
 * answer: a request that holds the event loop shows up here as exactly the time other users wait.
 */
export async function healthzDuring<T>(base: string, work: () => Promise<T>): Promise<HealthzFigures & { result: T }> {
  await healthzOnce(base); // a warm connection, so the first sample is not a TCP handshake
  let done = false;
  const latencies: number[] = [];
  const probe = (async () => {
    while (!done) {
      latencies.push(await healthzOnce(base));
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const started = performance.now();
  const result = await work().finally(() => (done = true));
  const workMs = performance.now() - started;
  await probe;
  return { result, max: Math.max(...latencies), samples: latencies.length, workMs };
}

/**
 * The same probe around nothing but waiting, to know what this machine (2 shared cores) does to /healthz
 * without any hostile request: the bound in the tests is 200 ms on top of that, not a guess.
 */
export async function healthzBaseline(base: string, ms = 300): Promise<number> {
  const { max } = await healthzDuring(base, () => new Promise((r) => setTimeout(r, ms)));
  return max;
}

/** The target of issue 13: /healthz within 200 ms during any single hostile request (plus the machine's own noise). */
export const HEALTHZ_BUDGET_MS = 200;
