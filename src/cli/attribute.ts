// npm run -s attribute -- [--communes <file|url>] [--version <id>] <input.geojson|input.csv>
// Writes the same features, in the same order, with commune_insee, commune_nom, sector_id and
// version added, in the input's format. Exit 1 with a French message on bad input.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { decodeText, objectsToCsv } from '../data/csv';
import type { BBox } from '../geo/outside-bbox';
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
class UsageError extends Error {}


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
  try {
    return JSON.stringify({ ...fc, features: run(fc.features as Feature[]) }) + '\n';
  } catch (e) {
    if (e instanceof RangeError) throw new InputError(`${file} : données trop imbriquées pour être écrites (structure trop profonde).`);
    throw e;
  }
}

/** The columns attribute adds; re-attributing a file replaces them instead of adding them twice. */
const ADDED = ['commune_insee', 'commune_nom', 'sector_id', 'version'] as const;

function attributeCsv(text: string, file: string, box: BBox, locate: (lon: number, lat: number) => Record<string, string | null>): string {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('lat') || !fields.includes('lon')) throw new InputError(`${file} : colonnes « lat » et « lon » attendues (trouvées : ${fields.join(', ') || 'aucune'}).`);
  const inBox = (lon: number, lat: number) => lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
  const rows = parsed.data.map((row, i) => {
    const line = i + 2;
    const [rawLat, rawLon] = [String(row.lat ?? '').trim(), String(row.lon ?? '').trim()];
    // An empty cell is not 0: it is a row without a place.
    if (!rawLat || !rawLon) throw new InputError(`${file} : ligne ${line}, coordonnées manquantes (lat « ${rawLat} », lon « ${rawLon} »).`);
    const lat = Number(rawLat.replace(',', '.'));
    const lon = Number(rawLon.replace(',', '.'));
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new InputError(`${file} : ligne ${line}, lat/lon illisibles (« ${row.lat} », « ${row.lon} »).`);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new InputError(`${file} : ligne ${line}, coordonnées hors WGS84 (lat ${row.lat}, lon ${row.lon}) : degrés attendus.`);
    if (!inBox(lon, lat) && inBox(lat, lon)) throw new InputError(`${file} : ligne ${line}, latitude et longitude semblent inversées (lat ${row.lat}, lon ${row.lon}) : corrigez les colonnes « lat » et « lon ».`);
    return { ...row, ...locate(lon, lat) };
  });
  return objectsToCsv(rows, [...fields.filter((f) => !(ADDED as readonly string[]).includes(f)), ...ADDED]);
}

const USAGE = 'usage : npm run -s attribute -- [--communes <fichier|url>] [--version <id>] <entrée.geojson|entrée.csv>';

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { communes: { type: 'string' }, version: { type: 'string' }, geodata: { type: 'string', default: 'geodata' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('. ')[0]!);
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(`${USAGE}\nAjoute commune_insee, commune_nom, sector_id et version à chaque ligne (colonnes lat, lon en degrés) ou élément GeoJSON.`);
    return;
  }
  const input = positionals[0];
  if (!input) throw new UsageError('fichier d’entrée manquant');
  if (!existsSync(input)) throw new InputError(`fichier introuvable : ${input}`);
  if (!statSync(input).isFile()) throw new InputError(`${input} n'est pas un fichier (un dossier ?).`);

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
  const { text, encoding } = decodeText(readFileSync(input));
  if (encoding === 'windows-1252') console.error(`attribute : ${input} est lu en Windows-1252 (il n'est pas en UTF-8) ; la sortie est en UTF-8.`);
  const out = /\.csv$/i.test(input)
    ? attributeCsv(text, input, data.data.territory.bbox, (lon, lat) => ({ ...attribute({ type: 'Point', coordinates: [lon, lat] }, communes, sectorIndex, versionId) }))
    : attributeGeoJson(text, input, (features) => attributeFeatures(features as Feature<never>[], communes, sectorIndex, versionId));
  process.stdout.write(out);
}

main().catch((e: unknown) => {
  // Never a stack trace: one French line, exit 2 for a usage error, 1 for anything else.
  if (e instanceof UsageError) {
    console.error(`attribute : ${e.message}\n${USAGE}`);
    process.exit(2);
  }
  const message = e instanceof InputError ? e.message : e instanceof RangeError ? 'données trop imbriquées pour être traitées (structure trop profonde).' : `erreur inattendue : ${(e as Error)?.message ?? String(e)}`;
  console.error(`attribute : ${message}`);
  process.exit(1);
});
