// Which sector of a perimeter version holds a feature: a point inside it, or most of a polygon's
// area. `sectorAt` is the one answer to "which sector holds this place", for a click on the map
// and for the resident's answer card alike.
import type { SectorCollection, SectorFeature } from '../data/schemas';
import { createAreaIndex, type AreaIndex, type LocatableGeometry } from './area-index';
import type { PolygonOps } from './areas';

export type SectorIndex = AreaIndex<SectorFeature['properties']>;

/** `ops`: to place polygons too (points only without them). */
export function indexSectors(sectors: SectorCollection | readonly SectorFeature[], ops: PolygonOps | null = null): SectorIndex {
  const features = 'features' in sectors ? sectors.features : sectors;
  return createAreaIndex(
    features.map((f) => ({ id: f.properties.id, geometry: f.geometry, properties: f.properties })),
    ops,
  );
}

// Keyed by the features array itself: a draft edit makes a new array, hence a new index.
const indexes = new WeakMap<readonly SectorFeature[], SectorIndex>();

/** The index of one version's sectors, built once per array of sectors. */
export function sectorIndexOf(sectors: readonly SectorFeature[]): SectorIndex {
  let index = indexes.get(sectors);
  if (!index) {
    index = indexSectors(sectors);
    indexes.set(sectors, index);
  }
  return index;
}

export function sectorOf(index: SectorIndex, geometry: LocatableGeometry): string | null {
  return index.locate(geometry)?.id ?? null;
}

/** The sector holding a place (its edge included), or null. */
export function sectorAt(sectors: readonly SectorFeature[], lngLat: readonly [number, number]): string | null {
  return sectorOf(sectorIndexOf(sectors), { type: 'Point', coordinates: [lngLat[0], lngLat[1]] });
}
