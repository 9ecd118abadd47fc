// How big a draft's outlines are: past a size the page checks it in the worker, and the map does
// not edit a sector. Read by the draft panel, the editor and the checks, all loaded with a draft
// (not with the first screen).
import type { SectorCollection } from '../data/schemas';

/** How many positions a draft's outlines hold. */
const vertexCount = (sectors: SectorCollection): number =>
  sectors.features.reduce((n, f) => n + (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat().reduce((m, ring) => m + ring.length, 0), 0);
const LARGE_DRAFT_VERTICES = 20_000;
const largeDrafts = new WeakMap<SectorCollection, boolean>();
/** Past LARGE_DRAFT_VERTICES, a draft is checked in the worker (geo-checks.ts); counted once per sectors. */
export function isLargeDraft(sectors: SectorCollection): boolean {
  let large = largeDrafts.get(sectors);
  if (large === undefined) {
    large = vertexCount(sectors) > LARGE_DRAFT_VERTICES;
    largeDrafts.set(sectors, large);
  }
  return large;
}

/** Past this many vertices a sector is shown but not editable on the map: the editor would freeze
 * the page (a detailed GIS export is edited in the GIS, or simplified first). MultiPolygons neither. */
export const MAX_EDITABLE_VERTICES = 5_000;
export const isEditable = (f: SectorCollection['features'][number]): boolean =>
  f.geometry.type === 'Polygon' && f.geometry.coordinates.reduce((n, ring) => n + ring.length, 0) <= MAX_EDITABLE_VERTICES;
