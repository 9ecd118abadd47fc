// A commune's centre, and the starting sector « à délimiter » drawn around it for a commune joining the ORT.
import { area, circle, rewind } from '@turf/turf';
import polylabel from 'polylabel';
import type { Polygon } from 'geojson';
import type { CommuneContour } from '../data/schemas';

/** Where a commune's centre comes from: the official service's `centre`, or the contour's most central point. */
export type CentreSource = 'api' | 'interior';

export interface CommuneCentre {
  readonly at: readonly [number, number];
  readonly from: CentreSource;
}

/** The centre of a commune: geo.api.gouv.fr's `centre` when the reply has it, else the most central
 * point of its contour (the point farthest from its edges, of its largest part), never a point
 * that merely lies inside. */
export function communeCentre(contour: CommuneContour): CommuneCentre {
  const centre = contour.properties.centre;
  if (centre) return { at: [centre.coordinates[0], centre.coordinates[1]], from: 'api' };
  const parts = contour.geometry.type === 'Polygon' ? [contour.geometry.coordinates] : contour.geometry.coordinates;
  const largest = parts.reduce((a, b) => (area({ type: 'Polygon', coordinates: b }) > area({ type: 'Polygon', coordinates: a }) ? b : a));
  const [lon, lat] = polylabel(largest as number[][][], 0.0001);
  return { at: [lon, lat], from: 'interior' };
}

/** The starting sector's radius, unless the user picks another (extension scenarios, geodata:new). */
export const STARTING_SECTOR_RADIUS_M = 500;

/** A starting sector for a commune joining the ORT: a circle around its centre, to be drawn properly later. */
export function startingSector(at: readonly [number, number], radiusM: number): Polygon {
  const disc = circle([at[0], at[1]], radiusM / 1000, { steps: 32, units: 'kilometers' });
  return rewind(disc.geometry, { reverse: false }) as Polygon;
}
