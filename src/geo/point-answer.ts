// "Is this place inside the ORT perimeter?" for one point and one perimeter version: the sector
// holding it, the nearest sector and its distance when outside, and whether the point is so close
// to a boundary that only the mairie can tell (drawn outlines are indicative).
import { distance, pointToPolygonDistance } from '@turf/turf';
import type { ActionFeature, SectorFeature } from '../data/schemas';
import { sectorAt } from './sector-of';

const BOUNDARY_BAND_M = 25;
const NEARBY_ACTIONS_M = 300;

export interface PointAnswer {
  /** Sector holding the point, or null. */
  readonly sectorId: string | null;
  /** Nearest sector and its distance in metres (0 when inside). */
  readonly nearest: { readonly sectorId: string; readonly distanceM: number } | null;
  /** Within BOUNDARY_BAND_M of a sector's edge, inside or outside. */
  readonly nearBoundary: boolean;
}

export function answerAt(lngLat: readonly [number, number], sectors: readonly SectorFeature[]): PointAnswer {
  // Inside or not is decided by the same function as a click on the map.
  const inside = sectorAt(sectors, lngLat);
  let nearest: { sectorId: string; distanceM: number } | null = null;
  let closestEdgeM = Infinity;
  for (const sector of sectors) {
    // Negative inside, positive outside (metres to the nearest edge).
    const signed = pointToPolygonDistance([lngLat[0], lngLat[1]], sector.geometry, { units: 'meters' });
    closestEdgeM = Math.min(closestEdgeM, Math.abs(signed));
    const d = Math.max(0, signed);
    if (!nearest || d < nearest.distanceM) nearest = { sectorId: sector.properties.id, distanceM: d };
  }
  return { sectorId: inside, nearest: inside ? { sectorId: inside, distanceM: 0 } : nearest, nearBoundary: closestEdgeM <= BOUNDARY_BAND_M };
}

export interface NearbyAction {
  readonly id: string;
  readonly distanceM: number;
}

/** Actions within `radiusM` of the point, nearest first (a polygon action counts from its edge). */
export function actionsNear(lngLat: readonly [number, number], actions: readonly ActionFeature[], radiusM = NEARBY_ACTIONS_M): NearbyAction[] {
  const point = [lngLat[0], lngLat[1]];
  return actions
    .map((a) => ({
      id: a.properties.id,
      distanceM:
        a.geometry.type === 'Point' ? distance(point, a.geometry.coordinates, { units: 'meters' }) : Math.max(0, pointToPolygonDistance(point, a.geometry, { units: 'meters' })),
    }))
    .filter((a) => a.distanceM <= radiusM)
    .sort((a, b) => a.distanceM - b.distanceM || a.id.localeCompare(b.id));
}
