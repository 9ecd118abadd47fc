// Lambert-93 (EPSG:2154, the CRS of French GIS files) to WGS84, with proj4, and the detection of
// which of the two a file is in: from its `crs` member when it has one, otherwise from the ranges
// of its coordinates. The caller confirms with the user before reprojecting.
import proj4 from 'proj4';
import { coordAll } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

import { LAMBERT_93 } from './lambert-93';
const toWgs84 = proj4(LAMBERT_93, 'EPSG:4326');

type Crs = 'wgs84' | 'lambert93';
export type CrsProblem = { readonly code: 'crs-unsupported'; readonly name: string } | { readonly code: 'no-coordinates' } | { readonly code: 'crs-unrecognised' };
export type CrsDetection = { readonly crs: Crs; readonly from: 'crs-member' | 'coordinates' } | { readonly crs: 'unknown'; readonly problem: CrsProblem };

const L93_NAME = /(EPSG::?|epsg:)2154\b|Lambert[-_ ]?93|RGF93.*Lambert/i;
const WGS84_NAME = /(EPSG::?|epsg:)4326\b|CRS84|WGS ?84/i;

export function detectCrs(raw: { crs?: { properties?: { name?: unknown } } }, geometries: readonly Geometry[]): CrsDetection {
  const name = raw.crs?.properties?.name;
  if (typeof name === 'string') {
    if (L93_NAME.test(name)) return { crs: 'lambert93', from: 'crs-member' };
    if (WGS84_NAME.test(name)) return { crs: 'wgs84', from: 'crs-member' };
    return { crs: 'unknown', problem: { code: 'crs-unsupported', name } };
  }
  const positions = geometries.flatMap((g) => coordAll(g));
  if (positions.length === 0) return { crs: 'unknown', problem: { code: 'no-coordinates' } };
  if (positions.every(([x, y]) => Math.abs(x!) <= 180 && Math.abs(y!) <= 90)) return { crs: 'wgs84', from: 'coordinates' };
  // Metropolitan France in Lambert-93: x from about 100 000 to 1 250 000 m, y from 6 000 000 to 7 150 000 m.
  if (positions.every(([x, y]) => x! > 50_000 && x! < 1_300_000 && y! > 6_000_000 && y! < 7_200_000)) return { crs: 'lambert93', from: 'coordinates' };
  return { crs: 'unknown', problem: { code: 'crs-unrecognised' } };
}

export function lambert93ToWgs84(position: Position): [number, number] {
  const [lon, lat] = toWgs84.forward([position[0]!, position[1]!]);
  return [lon!, lat!];
}

/** A copy of the geometry with every position reprojected from Lambert-93 to WGS84. */
export function reprojectGeometry<G extends Geometry>(geometry: G): G {
  const walk = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? lambert93ToWgs84(c as Position) : (c as unknown[]).map(walk));
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map(reprojectGeometry) };
  return { ...geometry, coordinates: walk((geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates) } as G;
}
