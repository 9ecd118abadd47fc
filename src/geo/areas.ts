// The shapes an area index works on (area-index.ts for points, polygon-shares.ts for polygons).
import type { MultiPolygon, Point, Polygon } from 'geojson';

export type AreaGeometry = Polygon | MultiPolygon;
export type LocatableGeometry = Point | Polygon | MultiPolygon;

export interface IndexedArea<P> {
  readonly id: string;
  readonly geometry: AreaGeometry;
  readonly properties: P;
}
