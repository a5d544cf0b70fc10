// Great-circle distance (haversine) on a sphere of the mean Earth radius (IUGG, 6371.0088 km).
// At the scale of a region (tens of km) this differs from the ellipsoid by well under 0.5 %.
import type { GeoPoint } from './types';
import { fartherBound } from './wasm-core';

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
 * Exactly `greatCircleKm(a, b) > maxKm`, mostly without the trigonometry (cosA, cosB: cosLatitude of a
 * and b): the WebAssembly core's bounds on the distance (wasm/pairs.ts, fartherBound, which compileRound
 * applies to a round's pairs) decide, and greatCircleKm where they cannot.
 */
export function fartherThan(a: GeoPoint, b: GeoPoint, cosA: number, cosB: number, maxKm: number): boolean {
  const bound = fartherBound(a.lat, a.lon, b.lat, b.lon, cosA, cosB, maxKm);
  return bound >= 0 ? bound === 1 : greatCircleKm(a, b) > maxKm;
}
