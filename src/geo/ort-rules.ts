// The legal frame of an ORT (Cerema), written once for check:data, the draft checks (page and
// worker) and the draft editor: the PVD town's centre lies in a sector; sectors lie in the
// communes that sign the version. Light on purpose: the first screen's store refuses to delete
// the sector holding the town centre.
import { buildPointGrid } from './point-grid';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Territory } from '../data/schemas';

export interface OrtRules {
  readonly townCentre?: { readonly insee: string; readonly at: readonly [number, number] };
  /** INSEE codes of the communes that sign this version (checked when commune contours are given). */
  readonly signatories?: readonly string[];
}

/** The rules for a version of this territory signed by these communes (unknown: not checked). */
export const ortRules = (territory: Territory, signatories: readonly string[] | undefined) => ({
  townCentre: { insee: territory.villeCentre.insee, at: territory.villeCentre.centre },
  signatories,
});

/** Whether one of these sectors holds the town centre (its edge included): the point grid the
 * first screen has already (point-grid.ts, exact on edges), not Turf. */
export const holdsTownCentre = (sectors: readonly { readonly geometry: Polygon | MultiPolygon }[], at: readonly [number, number]): boolean =>
  buildPointGrid(sectors.map((s) => s.geometry)).locate(at[0], at[1]) >= 0;
