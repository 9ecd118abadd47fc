// Adds commune and sector to each feature, keeping order and every original property.
import type { Feature } from 'geojson';
import { communeOf, type CommuneIndex } from './commune-of';
import { sectorOf, type SectorIndex } from './sector-of';
import type { LocatableGeometry } from './area-index';

export interface Attribution {
  commune_insee: string | null;
  commune_nom: string | null;
  sector_id: string | null;
  version: string;
}

export function attribute(geometry: LocatableGeometry, communes: CommuneIndex, sectors: SectorIndex, version: string): Attribution {
  const commune = communeOf(communes, geometry);
  return { commune_insee: commune?.insee ?? null, commune_nom: commune?.nom ?? null, sector_id: sectorOf(sectors, geometry), version };
}

export function attributeFeatures<G extends LocatableGeometry>(features: readonly Feature<G>[], communes: CommuneIndex, sectors: SectorIndex, version: string): Feature<G>[] {
  return features.map((f) => ({ ...f, properties: { ...f.properties, ...attribute(f.geometry, communes, sectors, version) } }));
}
