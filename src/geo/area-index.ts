// Answers "which of these areas holds this geometry?" for communes and for sectors alike.
// Points go to a uniform grid (point-grid.ts), built on the first point asked; a polygon inside one
// area (or outside all) is placed exactly without clipping (sole-area.ts); the others need Turf's
// exact intersection (polygon-shares.ts), when the index is given those operations: the browser
// loads them only when a polygon needs them, and the store hands them over (withPolygonOps).
import type { Position } from 'geojson';
import type { AreaGeometry, IndexedArea, LocatableGeometry, PolygonOps } from './areas';
import { buildPointGrid, type PointGrid } from './point-grid';
import { soleArea } from './sole-area';

export type { IndexedArea, LocatableGeometry } from './areas';

export interface AreaIndex<P> {
  readonly areas: readonly IndexedArea<P>[];
  /** The area holding a point, or holding most of a polygon's surface; null when none does. Without
   * polygon operations, a polygon that meets an area's outline (placesExactly: false) is placed by a
   * point inside it (the mean of its outer ring's vertices: the action areas are small and compact),
   * so that no count nor list says « outside » for an area that is inside while the exact answer loads. */
  locate(geometry: LocatableGeometry): IndexedArea<P> | null;
  /** Whether `locate` answers exactly for this geometry: a point, a polygon wholly inside one area
   * or outside all, or any polygon once the index has the polygon operations. */
  placesExactly(geometry: LocatableGeometry): boolean;
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
  function locateIndex(position: Position): number {
    grid ??= buildPointGrid(areas.map((a) => a.geometry));
    return grid.locate(position[0]!, position[1]!);
  }
  const locatePoint = (position: Position): IndexedArea<P> | null => areas[locateIndex(position)] ?? null;
  // The polygons asked about are the actions' own objects: each is decided once.
  const sole = new WeakMap<AreaGeometry, number | undefined>();
  function soleIndex(geometry: AreaGeometry): number | undefined {
    if (!sole.has(geometry))
      sole.set(
        geometry,
        soleArea(
          areas.map((a) => a.geometry),
          geometry,
          locateIndex,
        ),
      );
    return sole.get(geometry);
  }
  const views = new Map<PolygonOps | null, AreaIndex<P>>();
  function view(withOps: PolygonOps | null): AreaIndex<P> {
    let index = views.get(withOps);
    if (!index) {
      const shares = (geometry: AreaGeometry) => withOps?.polygonShares(areas, geometry) ?? [];
      const locatePolygon = (geometry: AreaGeometry): IndexedArea<P> | null => {
        if (withOps) return shares(geometry)[0]?.area ?? null;
        const i = soleIndex(geometry);
        return i === undefined ? locatePoint(innerPoint(geometry)) : (areas[i] ?? null);
      };
      index = {
        areas,
        locate: (geometry) => (geometry.type === 'Point' ? locatePoint(geometry.coordinates) : locatePolygon(geometry)),
        placesExactly: (geometry) => geometry.type === 'Point' || withOps !== null || soleIndex(geometry) !== undefined,
        shares,
        withPolygonOps: view,
      };
      views.set(withOps, index);
    }
    return index;
  }
  return view(ops);
}
