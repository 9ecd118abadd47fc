// Positions outside a bounding box: catches swapped lat/lon and coordinates that are not WGS84.
import { coordAll } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { GeoProblem } from '../data/geo-problems';

export type BBox = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

function positionsOutside(geometry: Geometry, box: BBox): Position[] {
  const [minX, minY, maxX, maxY] = box;
  return coordAll(geometry).filter(([x, y]) => !(x! >= minX && x! <= maxX && y! >= minY && y! <= maxY));
}

/** The problem for positions outside the EPCI's box, or null when all are inside. */
export function outsideBox(geometry: Geometry, box: BBox): Extract<GeoProblem, { code: 'outside-epci' }> | null {
  const outside = positionsOutside(geometry, box);
  if (outside.length === 0) return null;
  const [lon, lat] = outside[0]!;
  return { code: 'outside-epci', count: outside.length, example: [lon!, lat!] };
}

/** True when every position is a plausible WGS84 longitude/latitude. */
export function looksLikeWgs84(geometry: Geometry): boolean {
  return positionsOutside(geometry, [-180, -90, 180, 90]).length === 0;
}
