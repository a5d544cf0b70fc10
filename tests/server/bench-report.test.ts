/** The last line of `npm run bench:api` is a contract (issue 7): its exact form and how slices add up. */
import { describe, expect, it } from 'vitest';
import { apiLine, combine } from '../../scripts/api/report';

describe('bench:api report', () => {
  it('adds slices up as all requests over all the time, the worst p99 and every error', () => {
    const load = combine([
      { requests: 40_000, seconds: 10, p99: 31, errors: 0 },
      { requests: 20_000, seconds: 10, p99: 48, errors: 2 },
    ]);
    expect(load).toEqual({ rps: 3000, p99: 48, errors: 2 });
  });

  it("prints the line exactly in the issue's form, ratios as decimals against the yardstick", () => {
    const line = apiLine(
      { rps: 4731.4, p99: 33, errors: 0 },
      { rps: 1063.6, p99: 93, errors: 1 },
      { rps: 27306.2, p99: 3, errors: 0 },
    );
    expect(line).toBe(
      'api: read 4731 req/s p99 33 ms, write 1064 req/s p99 93 ms, 1 errors; read ratio 0.173, write ratio 0.039 (hello-world 27306 req/s)',
    );
    expect(line).toMatch(
      /^api: read \d+ req\/s p99 \d+ ms, write \d+ req\/s p99 \d+ ms, \d+ errors; read ratio \d\.\d{3}, write ratio \d\.\d{3} \(hello-world \d+ req\/s\)$/,
    );
  });
});
