// Which geometries can be attributed to a commune and a sector: points, and areas (most of their
// surface). Alone in its module so that the attribute CLI can check its input without loading the
// polygon operations.
import type { Geometry } from 'geojson';
import type { LocatableGeometry } from './area-index';

export function isLocatable(geometry: Geometry | null): geometry is LocatableGeometry {
  return geometry?.type === 'Point' || geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}
