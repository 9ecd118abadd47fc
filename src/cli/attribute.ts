// npm run -s attribute -- [--communes <file|url>] [--version <id>] [--inside-only] <input>
// Adds commune_insee, commune_nom, sector_id and version to every CSV row or GeoJSON feature, in
// the input's order and format, streaming: memory stays flat whatever the file's size (a BAN
// address file of a whole département, or of France). Runs compiled (dist-cli/attribute.mjs,
// built by `npm install`), no TypeScript at run time.
//
// Input: CSV with `,` or `;` (BAN files as published: lon/lat columns, or Lambert-93 x/y),
// GeoJSON FeatureCollection, GeoJSON text sequence (.geojsonl/.geojsons/.ndjson, one feature a
// line, RFC 8142 separators accepted). Exit 1 with one French line on bad input, 2 on bad usage.
// Split by concern: attribute-io.ts (reading, progress, writing), attribute-csv.ts,
// attribute-geojson.ts; this file reads the options and the project data and builds the indexes.
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Geometry } from 'geojson';
import { parseGeoData, versionInForce } from '../data/parse-geodata';
import { formatDataProblem } from '../i18n/problems';
import { buildPointGrid } from '../geo/point-grid';
import { officialCommunesUrl } from '../services/communes';
import { readDataDir } from './read-dir';
import { readCommunes } from './read-communes';
import { InputError, progressReporter, textChunks, type Attribution, type Progress, type Run } from './attribute-io';
import { attributeCsv } from './attribute-csv';
import { attributeCollection, attributeSequence, type LocateFeature } from './attribute-geojson';
import type { CommuneContours, SectorFeature } from '../data/schemas';

class UsageError extends Error {}

const USAGE = 'usage : npm run -s attribute -- [--communes <fichier|url>] [--version <id>] [--inside-only] <entrée.csv|entrée.geojson|entrée.geojsonl>';
const HELP = `${USAGE}
Ajoute commune_insee, commune_nom, sector_id et version à chaque ligne ou élément, dans l'ordre et le format de l'entrée.
  CSV (séparateur « , » ou « ; ») : colonnes lat et lon en degrés, ou x et y en Lambert-93 (fichiers BAN tels que publiés).
  GeoJSON : FeatureCollection, ou suite GeoJSON (.geojsonl, .geojsons, .ndjson : un élément par ligne).
  --inside-only : ne garder que les lignes situées dans le périmètre (liste d'envoi aux propriétaires).
Le fichier est lu et écrit au fil de l'eau : la mémoire utilisée ne dépend pas de sa taille.`;

async function main(): Promise<void> {
  const args = (() => {
    try {
      return parseArgs({
        allowPositionals: true,
        options: {
          communes: { type: 'string' },
          version: { type: 'string' },
          geodata: { type: 'string', default: process.env.GEODATA_DIR || 'geodata' },
          'inside-only': { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      throw new UsageError((e as Error).message.split('. ')[0]!);
    }
  })();
  const { values, positionals } = args;
  if (values.help) {
    console.log(HELP);
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

  const contours = await readCommunes(values.communes ?? officialCommunesUrl(data.data.territory.epci.siren));
  if (!contours.ok) throw new InputError(contours.message);
  const communeFeatures = contours.value.features;
  const communeGrid = buildPointGrid(communeFeatures.map((f) => f.geometry));
  const sectorGrid = buildPointGrid(sectors.features.map((f) => f.geometry));
  const locatePoint = (lon: number, lat: number): Attribution => {
    const commune = communeFeatures[communeGrid.locate(lon, lat)]?.properties;
    return {
      commune_insee: commune?.code ?? null,
      commune_nom: commune?.nom ?? null,
      sector_id: sectors.features[sectorGrid.locate(lon, lat)]?.properties.id ?? null,
      version: versionId,
    };
  };
  const locateFeature = polygonAware(locatePoint, contours.value, sectors.features, versionId);

  const csv = /\.csv$/i.test(input);
  const progress: Progress = { bytes: 0, items: 0 };
  const report = progressReporter(input, statSync(input).size, progress, csv ? 'lignes' : 'éléments');
  const chunks = textChunks(input, progress, () => console.error(`attribute : ${input} est lu en Windows-1252 (il n'est pas en UTF-8) ; la sortie est en UTF-8.`));
  const run: Run = { file: input, chunks, insideOnly: values['inside-only'] ?? false, progress, report };
  if (csv) await attributeCsv(run, data.data.territory.bbox, locatePoint);
  else if (/\.(geojsonl|geojsons|geojsonseq|ndjson|jsonl)$/i.test(input)) await attributeSequence(run, locateFeature);
  else await attributeCollection(run, locateFeature);
  report.end();
}

/** Points go to the grids; polygons (rare in address files) load Turf's intersection on first use. */
function polygonAware(locatePoint: (lon: number, lat: number) => Attribution, contours: CommuneContours, sectors: readonly SectorFeature[], version: string): LocateFeature {
  let polygons: Promise<(g: Geometry) => Attribution> | null = null;
  return async (geometry) => {
    if (geometry.type === 'Point') return locatePoint(geometry.coordinates[0]!, geometry.coordinates[1]!);
    polygons ??= (async () => {
      const [{ indexCommunes }, { indexSectors }, { attribute }, { polygonOps }] = await Promise.all([
        import('../geo/commune-of'),
        import('../geo/sector-of'),
        import('../geo/attribute'),
        import('../geo/polygon-shares'),
      ]);
      const communes = indexCommunes(contours, undefined, polygonOps);
      const index = indexSectors(sectors, polygonOps);
      return (g: Geometry) => attribute(g as never, communes, index, version);
    })();
    return (await polygons)(geometry);
  };
}

main().catch((e: unknown) => {
  // Never a stack trace: one French line, exit 2 for a usage error, 1 for anything else.
  if (e instanceof UsageError) {
    console.error(`attribute : ${e.message}\n${USAGE}`);
    process.exit(2);
  }
  const message =
    e instanceof InputError
      ? e.message
      : e instanceof RangeError
        ? 'données trop imbriquées pour être traitées (structure trop profonde).'
        : `erreur inattendue : ${(e as Error)?.message ?? String(e)}`;
  console.error(`attribute : ${message}`);
  process.exit(1);
});
