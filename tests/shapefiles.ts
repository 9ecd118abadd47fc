// Shapefiles the unit and browser tests write, with the app's own export (src/geo/shapefile-export.ts).
import JSZip from 'jszip';
import { write } from '@mapbox/shp-write';
import { shapefileZip } from '../src/geo/shapefile-export';
import type { SectorCollection } from '../src/data/schemas';

/** A square ring of side `s` from (x, y), closed, counterclockwise. */
export const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

/** A Lambert-93 zip of `sectors` whose table is `rows` instead of the export's (fields as a GIS office names them). */
export async function zipWithTable(sectors: SectorCollection, rows: Record<string, string>[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await shapefileZip(sectors, 'secteurs'));
  // Only the table is used from this write: the geometry is a placeholder.
  const dbf = await new Promise<DataView>((done) => write(rows, 'POLYGON', [[square(0, 0, 1)]], (_e, files) => done(files.dbf)));
  zip.file('secteurs.dbf', dbf.buffer as ArrayBuffer);
  return zip.generateAsync({ type: 'uint8array' });
}
