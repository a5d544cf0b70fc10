/**
 * How `npm run bench:api` adds up its slices and prints its last line (the contract of issue 7).
 *
 * The machine's speed drifts by a quarter or more within a minute (shared cores), so the reads, the
 * writes and the hello-world yardstick are measured in alternating slices of the same run rather than
 * one after the other: each ratio then compares figures taken under the same conditions.
 */
export interface Slice {
  requests: number;
  seconds: number;
  p99: number;
  errors: number;
}

export interface Load {
  rps: number;
  p99: number;
  errors: number;
}

/** All requests over all the time; the worst slice's p99 (slices' histograms are not kept, so no merge). */
export function combine(slices: Slice[]): Load {
  const requests = slices.reduce((n, s) => n + s.requests, 0);
  const seconds = slices.reduce((n, s) => n + s.seconds, 0);
  return {
    rps: seconds ? requests / seconds : 0,
    p99: Math.max(0, ...slices.map((s) => s.p99)),
    errors: slices.reduce((n, s) => n + s.errors, 0),
  };
}

export function apiLine(read: Load, write: Load, hello: Load): string {
  const ratio = (x: number) => (x / hello.rps).toFixed(3);
  return `api: read ${Math.round(read.rps)} req/s p99 ${read.p99} ms, write ${Math.round(write.rps)} req/s p99 ${write.p99} ms, ${read.errors + write.errors} errors; read ratio ${ratio(read.rps)}, write ratio ${ratio(write.rps)} (hello-world ${Math.round(hello.rps)} req/s)`;
}
