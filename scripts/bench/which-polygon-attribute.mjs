// The reference for `npm run bench:cli`: what a GIS developer would write in 15 lines with
// which-polygon and papaparse (whole file in memory). Same columns as `npm run attribute`.
// node which-polygon-attribute.mjs <communes.geojson> <sectors.geojson> <version> <in.csv>
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import whichPolygon from 'which-polygon';

const [communesFile, sectorsFile, version, input] = process.argv.slice(2);
const communes = whichPolygon(JSON.parse(readFileSync(communesFile, 'utf8')));
const sectors = whichPolygon(JSON.parse(readFileSync(sectorsFile, 'utf8')));
const { data, meta } = Papa.parse(readFileSync(input, 'utf8'), { header: true, skipEmptyLines: true });
for (const row of data) {
  const p = [Number(row.lon), Number(row.lat)];
  const [c, s] = [communes(p), sectors(p)];
  Object.assign(row, { commune_insee: c?.code ?? '', commune_nom: c?.nom ?? '', sector_id: s?.id ?? '', version });
}
process.stdout.write(`${Papa.unparse(data, { delimiter: meta.delimiter, newline: '\n', columns: [...meta.fields, 'commune_insee', 'commune_nom', 'sector_id', 'version'] })}\n`);
