// A point guaranteed to lie on a feature, to anchor its label or marker (a centroid can fall
// outside a concave commune).
import { pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Point, Polygon } from 'geojson';

export function labelPoint(geometry: Point | Polygon | MultiPolygon): [number, number] {
  if (geometry.type === 'Point') return [geometry.coordinates[0]!, geometry.coordinates[1]!];
  const [lon, lat] = pointOnFeature(geometry).geometry.coordinates;
  return [lon!, lat!];
}
