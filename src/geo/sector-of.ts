// Which sector of a perimeter version holds a feature: a point inside it, or most of a polygon's area.
import type { SectorCollection, SectorFeature } from '../data/schemas';
import { createAreaIndex, type AreaIndex, type LocatableGeometry } from './area-index';

export type SectorIndex = AreaIndex<SectorFeature['properties']>;

export function indexSectors(sectors: SectorCollection): SectorIndex {
  return createAreaIndex(sectors.features.map((f) => ({ id: f.properties.id, geometry: f.geometry, properties: f.properties })));
}

export function sectorOf(index: SectorIndex, geometry: LocatableGeometry): string | null {
  return index.locate(geometry)?.id ?? null;
}
