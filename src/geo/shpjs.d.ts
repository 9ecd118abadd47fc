// The parts of shpjs (a well-kept shapefile reader) the import uses: the geometries of a .shp (left
// in the file's CRS: src/geo/shapefile.ts reprojects by the .prj it recognises) and the rows of a .dbf.
declare module 'shpjs' {
  export function parseShp(shp: ArrayBuffer | DataView | Uint8Array): import('geojson').Geometry[];
  export function parseDbf(dbf: ArrayBuffer | DataView | Uint8Array, cpg?: string): Record<string, unknown>[];
}
