// npm run -s attribute -- [--communes <file|url>] [--version <id>] <input.geojson|input.csv>
// Writes the same features, in the same order, with commune_insee, commune_nom, sector_id and
// version added, in the input's format. Exit 1 with a French message on bad input.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import type { Feature, Geometry } from 'geojson';
import { parseGeoData, versionInForce } from '../data/parse-geodata';
import { formatDataProblem } from '../i18n/problems';
import { indexCommunes } from '../geo/commune-of';
import { indexSectors } from '../geo/sector-of';
import { attribute, attributeFeatures, isLocatable } from '../geo/attribute';
import { looksLikeWgs84 } from '../geo/outside-bbox';
import { OFFICIAL_COMMUNES_URL } from '../services/communes';
import { readDataDir } from './read-dir';
import { readCommunes } from './read-communes';

class InputError extends Error {}


function attributeGeoJson(text: string, file: string, run: (f: Feature[]) => Feature[]): string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file} : JSON illisible (${(e as Error).message}).`);
  }
  const fc = raw as { type?: string; features?: Feature<Geometry | null>[] };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new InputError(`${file} : une FeatureCollection GeoJSON est attendue.`);
  fc.features.forEach((f, i) => {
    const name = `élément n° ${i + 1}${f?.properties?.id ? ` (${String(f.properties.id)})` : ''}`;
    if (!f || !f.geometry) throw new InputError(`${file} : ${name} sans géométrie.`);
    if (!isLocatable(f.geometry)) throw new InputError(`${file} : ${name} de type ${f.geometry.type} ; seuls Point, Polygon et MultiPolygon sont pris en charge.`);
    if (!looksLikeWgs84(f.geometry)) throw new InputError(`${file} : ${name} a des coordonnées hors WGS84 (longitude/latitude en degrés attendues ; un fichier en Lambert-93 doit d'abord être reprojeté).`);
  });
  return JSON.stringify({ ...fc, features: run(fc.features as Feature[]) }) + '\n';
}

function attributeCsv(text: string, file: string, locate: (lon: number, lat: number) => Record<string, string | null>): string {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('lat') || !fields.includes('lon')) throw new InputError(`${file} : colonnes « lat » et « lon » attendues (trouvées : ${fields.join(', ') || 'aucune'}).`);
  const rows = parsed.data.map((row, i) => {
    const lat = Number(String(row.lat).replace(',', '.'));
    const lon = Number(String(row.lon).replace(',', '.'));
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new InputError(`${file} : ligne ${i + 2}, lat/lon illisibles (« ${row.lat} », « ${row.lon} »).`);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new InputError(`${file} : ligne ${i + 2}, coordonnées hors WGS84 (lat ${row.lat}, lon ${row.lon}) : degrés attendus.`);
    return { ...row, ...locate(lon, lat) };
  });
  return Papa.unparse(rows, { columns: [...fields, 'commune_insee', 'commune_nom', 'sector_id', 'version'], newline: '\n' }) + '\n';
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { communes: { type: 'string' }, version: { type: 'string' }, geodata: { type: 'string', default: 'geodata' } },
  });
  const input = positionals[0];
  if (!input) throw new InputError('usage : npm run -s attribute -- [--communes <fichier|url>] [--version <id>] <entrée.geojson|entrée.csv>');
  if (!existsSync(input)) throw new InputError(`fichier introuvable : ${input}`);

  const data = parseGeoData(readDataDir(values.geodata!));
  if (!data.ok) throw new InputError(`données du projet invalides :\n${data.problems.map((p) => formatDataProblem(p)).join('\n')}`);
  const { versions, sectorsByVersion } = data.data;
  const versionId = values.version ?? versionInForce(data.data).id;
  const sectors = sectorsByVersion[versionId];
  if (!sectors) throw new InputError(`version inconnue : ${versionId} (connues : ${versions.map((v) => v.id).join(', ')})`);

  const contours = await readCommunes(values.communes ?? OFFICIAL_COMMUNES_URL);
  if (!contours.ok) throw new InputError(contours.message);
  const communes = indexCommunes(contours.value);
  const sectorIndex = indexSectors(sectors);
  const text = readFileSync(input, 'utf8');
  const out = /\.csv$/i.test(input)
    ? attributeCsv(text, input, (lon, lat) => ({ ...attribute({ type: 'Point', coordinates: [lon, lat] }, communes, sectorIndex, versionId) }))
    : attributeGeoJson(text, input, (features) => attributeFeatures(features as Feature<never>[], communes, sectorIndex, versionId));
  process.stdout.write(out);
}

main().catch((e: unknown) => {
  if (e instanceof InputError) {
    console.error(`attribute : ${e.message}`);
    process.exit(1);
  }
  throw e;
});
