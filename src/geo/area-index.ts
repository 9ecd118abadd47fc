// Answers "which of these areas holds this geometry?" for communes and for sectors alike.
// Points go to a uniform grid (point-grid.ts), built on the first point asked; polygons to Turf's
// exact intersection (polygon-shares.ts), loaded on demand in the browser (polygon-ops.ts).
import type { Position } from 'geojson';
import type { AreaGeometry, IndexedArea, LocatableGeometry } from './areas';
import { buildPointGrid, type PointGrid } from './point-grid';
import { polygonOps } from './polygon-ops';

export type { IndexedArea, LocatableGeometry } from './areas';

export interface AreaIndex<P> {
  readonly areas: readonly IndexedArea<P>[];
  /** The area holding a point, or holding most of a polygon's surface; null when none does (or, for a
   * polygon in the browser, while the polygon operations are loading: see polygonOps). */
  locate(geometry: LocatableGeometry): IndexedArea<P> | null;
  /** How a polygon's surface falls across the areas: square metres in each, largest first. */
  shares(geometry: AreaGeometry): { readonly area: IndexedArea<P>; readonly m2: number }[];
}

export function createAreaIndex<P>(areas: readonly IndexedArea<P>[]): AreaIndex<P> {
  let grid: PointGrid | null = null;
  function locatePoint(position: Position): IndexedArea<P> | null {
    grid ??= buildPointGrid(areas.map((a) => a.geometry));
    return areas[grid.locate(position[0]!, position[1]!)] ?? null;
  }
  const shares = (geometry: AreaGeometry) => polygonOps()?.polygonShares(areas, geometry) ?? [];
  return {
    areas,
    locate: (geometry) => (geometry.type === 'Point' ? locatePoint(geometry.coordinates) : (shares(geometry)[0]?.area ?? null)),
    shares,
  };
}
