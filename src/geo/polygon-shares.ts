// How a polygon's surface falls across indexed areas: Turf's exact intersection, after a Flatbush
// search of the areas' boxes and a clip of each candidate to the polygon's box. The heavy part of
// src/geo (polyclip-ts, bignumber.js): loaded in the browser only when a polygon needs it (polygon-ops.ts).
import Flatbush from 'flatbush';
import { area, bbox, bboxClip, intersect, featureCollection, feature } from '@turf/turf';
import type { AreaGeometry, IndexedArea, PolygonOps } from './areas';

const boxes = new WeakMap<readonly IndexedArea<unknown>[], Flatbush | null>();

function boxIndex(areas: readonly IndexedArea<unknown>[]): Flatbush | null {
  if (boxes.has(areas)) return boxes.get(areas)!;
  const index = areas.length > 0 ? new Flatbush(areas.length) : null;
  for (const a of areas) {
    const [minX, minY, maxX, maxY] = bbox(a.geometry);
    index?.add(minX, minY, maxX, maxY);
  }
  index?.finish();
  boxes.set(areas, index);
  return index;
}

function polygonShares<P>(areas: readonly IndexedArea<P>[], geometry: AreaGeometry): { area: IndexedArea<P>; m2: number }[] {
  const [minX, minY, maxX, maxY] = bbox(geometry);
  const index = boxIndex(areas);
  const candidates = index
    ? index
        .search(minX, minY, maxX, maxY)
        .sort((x, y) => x - y)
        .map((i) => areas[i]!)
    : [];
  const out: { area: IndexedArea<P>; m2: number }[] = [];
  for (const a of candidates) {
    // Clipping the (large, detailed) area to the input's box first makes the exact
    // intersection cheap: measured by `npm run bench` (polygon attribution).
    const clipped = bboxClip(a.geometry, [minX, minY, maxX, maxY]).geometry as AreaGeometry;
    const shared = intersect(featureCollection<AreaGeometry>([feature(geometry), feature(clipped)]));
    const m2 = shared ? area(shared) : 0;
    if (m2 > 0) out.push({ area: a, m2 });
  }
  // Stable: equal shares keep the index order.
  return out.sort((x, y) => y.m2 - x.m2);
}

/** The area two polygons share, in square metres (0 when they only touch). */
export function sharedArea(a: AreaGeometry, b: AreaGeometry): number {
  const shared = intersect(featureCollection<AreaGeometry>([feature(a), feature(b)]));
  return shared ? area(shared) : 0;
}

export const polygonOps: PolygonOps = { polygonShares, sharedArea };
