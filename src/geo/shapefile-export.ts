// « Exporter (shapefile Lambert-93) »: a version or a draft as the zipped shapefile the DDT and QGIS
// take (.shp .shx .dbf .prj .cpg), in Lambert-93, names intact: @mapbox/shp-write writes the
// geometry and the table, jszip the archive. The table is Windows-1252 (said by the .cpg), what
// French GIS software expects; a character it cannot hold becomes « ? ».
import { write } from '@mapbox/shp-write';
import JSZip from 'jszip';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { SectorCollection } from '../data/schemas';
import { projectGeometry, type Crs } from './reproject';
import { cp1252Chars } from '../data/csv';

/** The .prj of each CRS the export writes (ESRI WKT, as QGIS and ArcGIS write them). */
const GCS_RGF93 = 'GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const lcc = (name: string, x0: number, y0: number, lat1: number, lat2: number, lat0: number) =>
  `PROJCS["${name}",${GCS_RGF93},PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",${x0}.0],PARAMETER["False_Northing",${y0}.0],PARAMETER["Central_Meridian",3.0],PARAMETER["Standard_Parallel_1",${lat1}],PARAMETER["Standard_Parallel_2",${lat2}],PARAMETER["Latitude_Of_Origin",${lat0}],UNIT["Meter",1.0]]`;
export function prjOf(crs: Exclude<Crs, 'wgs84'>): string {
  if (crs === 'lambert93') return lcc('RGF93_Lambert_93', 700000, 6600000, 49.0, 44.0, 46.5);
  const n = Number(crs.slice(2));
  return lcc(`RGF93_CC${n}`, 1700000, (n - 41) * 1_000_000 + 200_000, n - 0.75, n + 0.75, n);
}

/** Shapefile rings turn the other way from GeoJSON's (RFC 7946): outer clockwise, holes counterclockwise. */
const shapefileRings = (g: Polygon | MultiPolygon): Position[][][] =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((polygon) => polygon.map((ring) => [...ring].reverse()));

/** The zip of a shapefile of the sectors, in Lambert-93 unless told (tests write the conic zones too). */
export async function shapefileZip(
  sectors: SectorCollection,
  baseName: string,
  options: { readonly crs?: Exclude<Crs, 'wgs84'>; readonly encoding?: 'windows-1252' | 'utf-8' } = {},
): Promise<Uint8Array> {
  const crs = options.crs ?? 'lambert93';
  const utf8 = options.encoding === 'utf-8';
  const text = (s: string) => (utf8 ? String.fromCharCode(...new TextEncoder().encode(s)) : cp1252Chars(s));
  const rows = sectors.features.map((f) => ({
    id: text(f.properties.id),
    nom: text(f.properties.nom),
    descriptio: text(f.properties.description.slice(0, 250)),
    provenance: f.properties.provenance,
  }));
  const geometries = sectors.features.map((f) => shapefileRings(projectGeometry(f.geometry, crs)));
  let files: { shp: DataView; shx: DataView; dbf: DataView } | null = null;
  write(rows, 'POLYGON', geometries, (_err, written) => {
    files = written;
  });
  if (!files) throw new Error('shapefile non écrit');
  const { shp, shx, dbf } = files as { shp: DataView<ArrayBuffer>; shx: DataView<ArrayBuffer>; dbf: DataView<ArrayBuffer> };
  const zip = new JSZip();
  zip.file(`${baseName}.shp`, shp.buffer);
  zip.file(`${baseName}.shx`, shx.buffer);
  zip.file(`${baseName}.dbf`, dbf.buffer);
  zip.file(`${baseName}.prj`, prjOf(crs));
  zip.file(`${baseName}.cpg`, utf8 ? 'UTF-8' : '1252');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
