// Which commune holds a feature, decided on official contours (matched by INSEE code, never by name).
import type { CommuneContours } from '../data/schemas';
import { createAreaIndex, type AreaIndex, type LocatableGeometry } from './area-index';
import type { PolygonOps } from './areas';

export interface CommuneRef {
  readonly insee: string;
  readonly nom: string;
}

export type CommuneIndex = AreaIndex<CommuneRef>;

/** Index the contours, keeping only the communes listed in `onlyInsee` when given (e.g. the EPCI's 8);
 * `ops`: to place polygons too (points only without them). */
export function indexCommunes(contours: CommuneContours, onlyInsee?: readonly string[], ops: PolygonOps | null = null): CommuneIndex {
  const keep = onlyInsee ? new Set(onlyInsee) : null;
  return createAreaIndex(
    contours.features
      .filter((f) => !keep || keep.has(f.properties.code))
      .map((f) => ({ id: f.properties.code, geometry: f.geometry, properties: { insee: f.properties.code, nom: f.properties.nom } })),
    ops,
  );
}

export function communeOf(index: CommuneIndex, geometry: LocatableGeometry): CommuneRef | null {
  return index.locate(geometry)?.properties ?? null;
}
