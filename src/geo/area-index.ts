// Answers "which of these areas holds this geometry?" for communes and for sectors alike.
// Points go to a uniform grid (point-grid.ts), built on the first point asked; polygons to a
// Flatbush index over the areas' bounding boxes, then Turf's exact intersection.
import Flatbush from 'flatbush';
import { area, bbox, bboxClip, intersect, featureCollection, feature } from '@turf/turf';
import { buildPointGrid, type PointGrid } from './point-grid';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';

export type AreaGeometry = Polygon | MultiPolygon;
export type LocatableGeometry = Point | Polygon | MultiPolygon;

export interface IndexedArea<P> {
  readonly id: string;
  readonly geometry: AreaGeometry;
  readonly properties: P;
}

export interface AreaIndex<P> {
  readonly areas: readonly IndexedArea<P>[];
  /** The area holding a point, or holding most of a polygon's surface; null when none does. */
  locate(geometry: LocatableGeometry): IndexedArea<P> | null;
  /** How a polygon's surface falls across the areas: square metres in each, largest first. */
  shares(geometry: AreaGeometry): { readonly area: IndexedArea<P>; readonly m2: number }[];
}

export function createAreaIndex<P>(areas: readonly IndexedArea<P>[]): AreaIndex<P> {
  const index = areas.length > 0 ? new Flatbush(areas.length) : null;
  for (const a of areas) {
    const [minX, minY, maxX, maxY] = bbox(a.geometry);
    index?.add(minX, minY, maxX, maxY);
  }
  index?.finish();

  const candidates = (minX: number, minY: number, maxX: number, maxY: number) =>
    index ? index.search(minX, minY, maxX, maxY).sort((x, y) => x - y).map((i) => areas[i]!) : [];

  let grid: PointGrid | null = null;
  function locatePoint(position: Position): IndexedArea<P> | null {
    grid ??= buildPointGrid(areas.map((a) => a.geometry));
    return areas[grid.locate(position[0]!, position[1]!)] ?? null;
  }

  function shares(geometry: AreaGeometry): { area: IndexedArea<P>; m2: number }[] {
    const [minX, minY, maxX, maxY] = bbox(geometry);
    const out: { area: IndexedArea<P>; m2: number }[] = [];
    for (const a of candidates(minX, minY, maxX, maxY)) {
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

  return {
    areas,
    locate: (geometry) => (geometry.type === 'Point' ? locatePoint(geometry.coordinates) : (shares(geometry)[0]?.area ?? null)),
    shares,
  };
}

