// A commune's centre, and the starting sector « à délimiter » drawn around it for a commune joining the ORT.
import { circle, pointOnFeature, rewind } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { CommuneContour } from '../data/schemas';

/** Where a commune's centre comes from: the official service's `centre`, or a point inside its contour. */
export type CentreSource = 'api' | 'interior';

export interface CommuneCentre {
  readonly at: readonly [number, number];
  readonly from: CentreSource;
}

/** The centre of a commune: geo.api.gouv.fr's `centre` when the reply has it, else a point inside the contour. */
export function communeCentre(contour: CommuneContour): CommuneCentre {
  const centre = contour.properties.centre;
  if (centre) return { at: [centre.coordinates[0], centre.coordinates[1]], from: 'api' };
  const [lon, lat] = pointOnFeature(contour.geometry).geometry.coordinates;
  return { at: [lon!, lat!], from: 'interior' };
}

/** The starting sector's radius, unless the user picks another (extension scenarios, geodata:new). */
export const STARTING_SECTOR_RADIUS_M = 500;

/** A starting sector for a commune joining the ORT: a circle around its centre, to be drawn properly later. */
export function startingSector(at: readonly [number, number], radiusM: number): Polygon {
  const disc = circle([at[0], at[1]], radiusM / 1000, { steps: 32, units: 'kilometers' });
  return rewind(disc.geometry, { reverse: false }) as Polygon;
}
