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
