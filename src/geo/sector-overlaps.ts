// Sectors of one perimeter version must not overlap: a parcel belongs to one sector.
// Sharing an edge is allowed; a shared area above a square metre is not.
import { bbox } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { SAME_AREA_M2 } from './measure';
import { sharedArea } from './polygon-shares';

export interface SectorOverlap {
  readonly a: string;
  readonly b: string;
  readonly areaM2: number;
}

/** Pairs of sectors sharing more than a square metre. */
export function sectorOverlaps(sectors: readonly { id: string; geometry: Polygon | MultiPolygon }[]): SectorOverlap[] {
  const boxes = sectors.map((s) => bbox(s.geometry));
  const overlaps: SectorOverlap[] = [];
  for (let i = 0; i < sectors.length; i++) {
    for (let j = i + 1; j < sectors.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
      const shared = sharedArea(sectors[i]!.geometry, sectors[j]!.geometry);
      if (shared > SAME_AREA_M2) overlaps.push({ a: sectors[i]!.id, b: sectors[j]!.id, areaM2: shared });
    }
  }
  return overlaps;
}
