// Answers "which of these areas holds this geometry?" for communes and for sectors alike.
// Points go to a uniform grid (point-grid.ts), built on the first point asked; polygons to Turf's
// exact intersection (polygon-shares.ts), when the index is given those operations: the browser
// loads them after the first paint and the store hands them over (withPolygonOps).
import type { Position } from 'geojson';
import type { AreaGeometry, IndexedArea, LocatableGeometry, PolygonOps } from './areas';
import { buildPointGrid, type PointGrid } from './point-grid';

export type { IndexedArea, LocatableGeometry } from './areas';

export interface AreaIndex<P> {
  readonly areas: readonly IndexedArea<P>[];
  /** The area holding a point, or holding most of a polygon's surface; null when none does. Without
   * polygon operations (the first seconds in the browser), a polygon is placed by a point inside it
   * (the mean of its outer ring's vertices: the action areas are small and compact), so that no
   * count nor list says « outside » for an area that is inside while the exact answer loads. */
  locate(geometry: LocatableGeometry): IndexedArea<P> | null;
  /** How a polygon's surface falls across the areas: square metres in each, largest first (none
   * without polygon operations). */
  shares(geometry: AreaGeometry): { readonly area: IndexedArea<P>; readonly m2: number }[];
  /** The same index (its point grid shared) answering for polygons with these operations; the same
   * object for the same operations, so that memoized selectors keep their results. */
  withPolygonOps(ops: PolygonOps | null): AreaIndex<P>;
}

function innerPoint(geometry: AreaGeometry): Position {
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!;
  const vertices = ring.slice(0, -1);
  return [vertices.reduce((sum, p) => sum + p[0]!, 0) / vertices.length, vertices.reduce((sum, p) => sum + p[1]!, 0) / vertices.length];
}

export function createAreaIndex<P>(areas: readonly IndexedArea<P>[], ops: PolygonOps | null = null): AreaIndex<P> {
  let grid: PointGrid | null = null;
  function locatePoint(position: Position): IndexedArea<P> | null {
    grid ??= buildPointGrid(areas.map((a) => a.geometry));
    return areas[grid.locate(position[0]!, position[1]!)] ?? null;
  }
  const views = new Map<PolygonOps | null, AreaIndex<P>>();
  function view(withOps: PolygonOps | null): AreaIndex<P> {
    let index = views.get(withOps);
    if (!index) {
      const shares = (geometry: AreaGeometry) => withOps?.polygonShares(areas, geometry) ?? [];
      index = {
        areas,
        locate: (geometry) => (geometry.type === 'Point' ? locatePoint(geometry.coordinates) : withOps ? (shares(geometry)[0]?.area ?? null) : locatePoint(innerPoint(geometry))),
        shares,
        withPolygonOps: view,
      };
      views.set(withOps, index);
    }
    return index;
  }
  return view(ops);
}
