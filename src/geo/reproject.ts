// Lambert-93 (EPSG:2154, the CRS of French GIS files) and the nine conic zones CC42–CC50
// (EPSG:3942–3950, common in local GIS: CC45 in the Hautes-Alpes) to WGS84, with proj4, and the
// detection of which one a file is in: from its `crs` member (or a shapefile's .prj) when it has
// one, otherwise from the ranges of its coordinates (then the caller confirms with the user).
import proj4 from 'proj4';
import { coordAll } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

import { LAMBERT_93 } from './lambert-93';
const toWgs84 = proj4(LAMBERT_93, 'EPSG:4326');

const CC_ZONES = [42, 43, 44, 45, 46, 47, 48, 49, 50] as const;
type ConicZone = `cc${(typeof CC_ZONES)[number]}`;
/** RGF93 / CC<n>: Lambert conformal conic, standard parallels n ∓ 0.75°, false northing (n − 41) × 10⁶ + 200 000 m. */
const ccDefinition = (n: number) =>
  `+proj=lcc +lat_0=${n} +lon_0=3 +lat_1=${n - 0.75} +lat_2=${n + 0.75} +x_0=1700000 +y_0=${(n - 41) * 1_000_000 + 200_000} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;
const conic = new Map(CC_ZONES.map((n) => [`cc${n}` as ConicZone, proj4(ccDefinition(n), 'EPSG:4326')]));
const converter = (crs: Exclude<Crs, 'wgs84'>) => (crs === 'lambert93' ? toWgs84 : conic.get(crs)!);

export type Crs = 'wgs84' | 'lambert93' | ConicZone;
export type CrsProblem = { readonly code: 'crs-unsupported'; readonly name: string } | { readonly code: 'no-coordinates' } | { readonly code: 'crs-unrecognised' };
/** `prj`: the file is a shapefile whose .prj says its CRS (no question asked). */
export type CrsDetection = { readonly crs: Crs; readonly from: 'crs-member' | 'coordinates' | 'prj' } | { readonly crs: 'unknown'; readonly problem: CrsProblem };

const L93_NAME = /(EPSG::?|epsg:)2154\b|Lambert[-_ ]?93|RGF93.*Lambert/i;
const WGS84_NAME = /(EPSG::?|epsg:)4326\b|CRS84|WGS ?84/i;

// « RGF93 / CC45 », « RGF93_CC45 », « EPSG:3945 ».
const CC_NAME = /(?:EPSG::?|epsg:)39(4[2-9]|50)\b|(?:^|[^A-Za-z])CC[_ ]?(4[2-9]|50)(?![0-9])/i;

export function detectCrs(raw: { crs?: { properties?: { name?: unknown; source?: unknown } } }, geometries: readonly Geometry[]): CrsDetection {
  const name = raw.crs?.properties?.name;
  if (typeof name === 'string') {
    const from = raw.crs?.properties?.source === 'prj' ? 'prj' : 'crs-member';
    const zone = CC_NAME.exec(name);
    if (zone) return { crs: `cc${Number(zone[1] ?? zone[2])}` as ConicZone, from };
    if (L93_NAME.test(name)) return { crs: 'lambert93', from };
    if (WGS84_NAME.test(name)) return { crs: 'wgs84', from };
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

/** A copy of the geometry with every position reprojected to WGS84 (from Lambert-93 unless told). */
export function reprojectGeometry<G extends Geometry>(geometry: G, crs: Exclude<Crs, 'wgs84'> = 'lambert93'): G {
  const zone = crs === 'lambert93' ? null : conic.get(crs)!;
  const point = (p: Position): [number, number] => {
    if (!zone) return lambert93ToWgs84(p);
    const [lon, lat] = zone.forward([p[0]!, p[1]!]);
    return [lon!, lat!];
  };
  const walk = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? point(c as Position) : (c as unknown[]).map(walk));
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map((g) => reprojectGeometry(g, crs)) };
  return { ...geometry, coordinates: walk((geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates) } as G;
}

/** A copy of a WGS84 geometry in a projected CRS (metres): the shapefile export, and tests. */
export function projectGeometry<G extends Geometry>(geometry: G, crs: Exclude<Crs, 'wgs84'>): G {
  const projection = converter(crs);
  const walk = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? projection.inverse([(c as Position)[0]!, (c as Position)[1]!]) : (c as unknown[]).map(walk));
  if (geometry.type === 'GeometryCollection') return { ...geometry, geometries: geometry.geometries.map((g) => projectGeometry(g, crs)) };
  return { ...geometry, coordinates: walk((geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates) } as G;
}
