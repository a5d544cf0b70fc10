// Great-circle distance (haversine) on a sphere of the mean Earth radius (IUGG, 6371.0088 km).
// At the scale of a region (tens of km) this differs from the ellipsoid by well under 0.5 %.
import type { GeoPoint } from './types';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function greatCircleKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The cosine of a point's latitude, as greatCircleKm computes it (cached per point by the caller). */
export function cosLatitude(p: GeoPoint): number {
  return Math.cos(p.lat * RAD);
}

/**
 * Exactly `greatCircleKm(a, b) > maxKm`, for 100,000 pairs of a large round without their trigonometry
 * (cosA, cosB: cosLatitude of a and b). With x = half an angle difference and y = sqrt(h), for
 * 0 ≤ x, y ≤ 0.1 rad (600 km): x − x³/6 ≤ sin x ≤ x and y ≤ asin y ≤ y + y³/5, so the distance lies in
 * [lo, hi] below. Each side is computed to within ~1e-14 of itself, as is greatCircleKm: when the limit
 * lies outside [lo, hi] by a relative 1e-9, greatCircleKm's answer is certain; else (or for larger
 * angles) it is computed.
 */
export function fartherThan(a: GeoPoint, b: GeoPoint, cosA: number, cosB: number, maxKm: number): boolean {
  const x = Math.abs((b.lat - a.lat) * RAD) / 2;
  const z = Math.abs((b.lon - a.lon) * RAD) / 2;
  if (x <= 0.1 && z <= 0.1) {
    const c = cosA * cosB;
    const xl = x - (x * x * x) / 6;
    const zl = z - (z * z * z) / 6;
    const lo = 2 * EARTH_RADIUS_KM * Math.sqrt(xl * xl + c * zl * zl);
    if (lo > maxKm * (1 + 1e-9)) return true;
    const y = Math.sqrt(x * x + c * z * z);
    if (y <= 0.1 && 2 * EARTH_RADIUS_KM * (y + (y * y * y) / 5) < maxKm * (1 - 1e-9)) return false;
  }
  return greatCircleKm(a, b) > maxKm;
}
