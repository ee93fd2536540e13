/**
 * "Which points lie within R km of here": a kd-tree (kdbush) searched on the
 * sphere (geokdbush), so the zone of a profile place is found without
 * scanning 35,000 communes.
 */
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { haversineKm } from './distance';

export interface SpatialHit {
  /** Position of the point in the list the index was built from. */
  id: number;
  distanceKm: number;
}

export interface SpatialIndex {
  /** Points within `radiusKm` of (lat, lon), nearest first. */
  within(lat: number, lon: number, radiusKm: number): SpatialHit[];
}

/** Indexes points given as parallel latitude / longitude lists; `skip(i)` leaves a point out. */
export function buildSpatialIndex(
  lat: readonly number[],
  lon: readonly number[],
  skip: (i: number) => boolean = () => false,
): SpatialIndex {
  const ids: number[] = [];
  for (let i = 0; i < lat.length; i++) if (!skip(i)) ids.push(i);
  const tree = new KDBush(Math.max(ids.length, 1));
  for (const id of ids) tree.add(lon[id] ?? 0, lat[id] ?? 0);
  if (ids.length === 0) tree.add(0, 0);
  tree.finish();
  return {
    within(queryLat, queryLon, radiusKm) {
      if (ids.length === 0 || !(radiusKm >= 0)) return [];
      return around(tree, queryLon, queryLat, Number.POSITIVE_INFINITY, radiusKm).map((item) => {
        const id = ids[item] ?? -1;
        return { id, distanceKm: haversineKm(queryLat, queryLon, lat[id] ?? 0, lon[id] ?? 0) };
      });
    },
  };
}
