// The box holding some geometries, as the map fits it: [west, south, east, north].
import { bbox } from '@turf/turf';
import type { Geometry } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The box holding these geometries; null when there are none. */
export function boundsOf(geometries: readonly Geometry[]): Bounds | null {
  if (geometries.length === 0) return null;
  return bbox({ type: 'GeometryCollection', geometries: [...geometries] }) as Bounds;
}
