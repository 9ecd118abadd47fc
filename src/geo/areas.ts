// The shapes an area index works on (area-index.ts for points, polygon-shares.ts for polygons).
import type { MultiPolygon, Point, Polygon } from 'geojson';

export type AreaGeometry = Polygon | MultiPolygon;
export type LocatableGeometry = Point | Polygon | MultiPolygon;

export interface IndexedArea<P> {
  readonly id: string;
  readonly geometry: AreaGeometry;
  readonly properties: P;
}

/** The polygon operations (polygon-shares.ts: Turf's exact intersection, polyclip-ts), which the
 * first screen does without: an area index is given them, or answers exactly only for points and
 * for polygons inside one area (sole-area.ts). */
export interface PolygonOps {
  /** How a polygon's surface falls across the areas: square metres in each, largest first. */
  polygonShares<P>(areas: readonly IndexedArea<P>[], geometry: AreaGeometry): { area: IndexedArea<P>; m2: number }[];
  /** The area two polygons share, in square metres (0 when they only touch). */
  sharedArea(a: AreaGeometry, b: AreaGeometry): number;
}
