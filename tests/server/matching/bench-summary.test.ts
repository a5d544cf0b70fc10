// The benchmark's summary line (issue 19) to the letter: the formatting on chosen figures, and the real
// `npm run bench:matching` script printing it on a small round (BENCH_MATCHING_SMALL=1: 300 students,
// each side run once), with the optimum checked against HiGHS.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { medianPair, summaryLine, type RoundFigures } from '../../../scripts/matching/summary';

const LINE =
  /^matching: whole process (\d+) ms \(floor (\d+) ms, W\/F = (\d+\.\d\d)\), solve (\d+) ms vs HiGHS best (\d+) ms \((\d+\.\d)× faster\), stable (\d+) ms, repair (\d+\.\d) ms, peak RSS (\d+) MB, optimum matched (\d+)\/(\d+)$/;

const round = (over: Partial<RoundFigures>): RoundFigures => ({
  wholeMs: 500,
  floorMs: 400,
  solveMs: 100,
  highsMs: 3000,
  stableMs: 20,
  repairMs: 30,
  rssMb: 100,
  optimumMatched: true,
  ...over,
});

describe('the matching benchmark summary', () => {
  it('reports the worst round, with W/F and the factor taken from one round each', () => {
    const line = summaryLine([
      round({}),
      round({ wholeMs: 520.4, floorMs: 380, solveMs: 150, highsMs: 3500, stableMs: 45.6, repairMs: 12.34 }),
      round({ wholeMs: 610, floorMs: 500, rssMb: 111.6, optimumMatched: false }),
    ]);
    expect(line).toBe(
      'matching: whole process 520 ms (floor 380 ms, W/F = 1.37), solve 150 ms vs HiGHS best 3500 ms (23.3× faster), ' +
        'stable 46 ms, repair 30.0 ms, peak RSS 112 MB, optimum matched 2/3',
    );
    expect(line).toMatch(LINE);
  });

  it('takes whole and floor from the pair whose ratio is the median, not the median of each side', () => {
    // a real round's seven runs (12-08): ours hit a slow stretch of the host four times, the floor three
    const whole = [839, 813, 787, 798, 671, 696, 689];
    const floor = [689, 625, 650, 547, 549, 564, 545];
    // the ratios, sorted: 1.21 1.22 1.22 1.23 1.26 1.30 1.46; the medians of each side would say 787 / 564 = 1.40
    expect(medianPair(whole, floor)).toEqual({ wholeMs: 696, floorMs: 564 });
    expect(medianPair([500], [400])).toEqual({ wholeMs: 500, floorMs: 400 });
    // an even count takes the lower middle pair
    expect(medianPair([130, 120, 110, 100], [100, 100, 100, 100])).toEqual({ wholeMs: 110, floorMs: 100 });
    expect(() => medianPair([500, 510], [400])).toThrow();
  });

  it('is the last line the real benchmark prints', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/bench-matching.ts'], {
      encoding: 'utf8',
      env: { ...process.env, BENCH_MATCHING_SMALL: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const last = r.stdout.trim().split('\n').at(-1)!;
    const m = last.match(LINE);
    expect(m, last).not.toBeNull();
    const [, whole, floor, ratio] = m!.map(Number);
    expect(ratio).toBeCloseTo(whole! / floor!, 1);
    expect(last.endsWith('optimum matched 1/1')).toBe(true);
  }, 180_000);
});
