// fartherThan decides most pairs from bounds on the distance; it must answer exactly as greatCircleKm
// does, above all at the limit itself, where only the exact computation can tell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosLatitude, fartherThan, greatCircleKm } from '../../../server/features/placements/engine/geo';

const view = new DataView(new ArrayBuffer(8));
/** The next double above (step 1) or below (step -1) a positive x. */
function nextDouble(x: number, step: 1 | -1): number {
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(step));
  return view.getFloat64(0);
}

const regional = fc.record({
  lat: fc.double({ min: 50.7, max: 53.6, noNaN: true }),
  lon: fc.double({ min: 3.3, max: 7.3, noNaN: true }),
});
const anywhere = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

function agrees(a: { lat: number; lon: number }, b: { lat: number; lon: number }, maxKm: number): void {
  expect(fartherThan(a, b, cosLatitude(a), cosLatitude(b), maxKm)).toBe(greatCircleKm(a, b) > maxKm);
}

describe('fartherThan', () => {
  it('agrees with greatCircleKm at, just above and just below the distance itself, and around it', () => {
    fc.assert(
      fc.property(
        fc.oneof(regional, anywhere),
        fc.oneof(regional, anywhere),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (a, b, f) => {
          const d = greatCircleKm(a, b);
          for (const maxKm of [d, d * f, d * (1 + 1e-12), d * (1 - 1e-12), d * (1 + 1e-6), d * (1 - 1e-6)])
            agrees(a, b, maxKm);
          if (d > 0) {
            agrees(a, b, nextDouble(d, 1));
            agrees(a, b, nextDouble(d, -1));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('answers for a home and a school 30–40 km apart, with limits well below, well above and at the distance', () => {
    const home = { lat: 52.09, lon: 5.12 };
    const school = { lat: 52.37, lon: 4.9 };
    const d = greatCircleKm(home, school);
    expect(d).toBeGreaterThan(30);
    expect(d).toBeLessThan(40);
    agrees(home, school, 20);
    agrees(home, school, 60);
    agrees(home, school, d);
    agrees(home, home, 0);
    expect(fartherThan(home, school, cosLatitude(home), cosLatitude(school), 20)).toBe(true);
    expect(fartherThan(home, school, cosLatitude(home), cosLatitude(school), 60)).toBe(false);
  });
});
