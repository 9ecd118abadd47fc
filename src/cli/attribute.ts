// npm run -s attribute -- [--communes <file|url>] [--version <id>] [--inside-only] <input>
// Adds commune_insee, commune_nom, sector_id and version to every CSV row or GeoJSON feature, in
// the input's order and format, streaming: memory stays flat whatever the file's size (a BAN
// address file of a whole département, or of France). Runs compiled (dist-cli/attribute.mjs,
// built by `npm install`), no TypeScript at run time.
//
// Input: CSV with `,` or `;` (BAN files as published: lon/lat columns, or Lambert-93 x/y),
// GeoJSON FeatureCollection, GeoJSON text sequence (.geojsonl/.geojsons/.ndjson, one feature a
// line, RFC 8142 separators accepted). Exit 1 with one French line on bad input, 2 on bad usage.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import proj4 from 'proj4';
import type { Feature, Geometry } from 'geojson';
import { decodeCp1252, neutraliseCell } from '../data/csv';
import { parseGeoData, versionInForce } from '../data/parse-geodata';
import { formatDataProblem } from '../i18n/problems';
import { buildPointGrid } from '../geo/point-grid';
import { LAMBERT_93 } from '../geo/lambert-93';
import { officialCommunesUrl } from '../services/communes';
import { readDataDir } from './read-dir';
import { readCommunes } from './read-communes';
import { FeatureCollectionSplitter } from './geojson-stream';
import type { CommuneContours, SectorFeature } from '../data/schemas';

class InputError extends Error {}
class UsageError extends Error {}

const USAGE = 'usage : npm run -s attribute -- [--communes <fichier|url>] [--version <id>] [--inside-only] <entrée.csv|entrée.geojson|entrée.geojsonl>';
const HELP = `${USAGE}
Ajoute commune_insee, commune_nom, sector_id et version à chaque ligne ou élément, dans l'ordre et le format de l'entrée.
  CSV (séparateur « , » ou « ; ») : colonnes lat et lon en degrés, ou x et y en Lambert-93 (fichiers BAN tels que publiés).
  GeoJSON : FeatureCollection, ou suite GeoJSON (.geojsonl, .geojsons, .ndjson : un élément par ligne).
  --inside-only : ne garder que les lignes situées dans le périmètre (liste d'envoi aux propriétaires).
Le fichier est lu et écrit au fil de l'eau : la mémoire utilisée ne dépend pas de sa taille.`;

/** The columns attribute adds; re-attributing a file replaces them instead of adding them twice. */
const ADDED = ['commune_insee', 'commune_nom', 'sector_id', 'version'] as const;
/** Rows held before the first write, so that a file wrong from its first lines writes nothing. */
const BATCH = 2000;

type Attribution = { commune_insee: string | null; commune_nom: string | null; sector_id: string | null; version: string };
type LocatePoint = (lon: number, lat: number) => Attribution;

// ---------------------------------------------------------------------------------------------
// Reading: bytes → text (UTF-8, or Windows-1252 when the file's start is not UTF-8), with progress.

interface Progress {
  bytes: number;
  items: number;
}

function textChunks(file: string, progress: Progress, onCp1252: () => void): Readable {
  const bytes = createReadStream(file, { highWaterMark: 1 << 16 }); // 64 KB: rows die young, memory stays flat
  async function* decode(): AsyncGenerator<string> {
    let utf8: TextDecoder | null = null;
    let cp1252 = false;
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      progress.bytes += chunk.length;
      if (!utf8 && !cp1252) {
        try {
          utf8 = new TextDecoder('utf-8', { fatal: true });
          yield utf8.decode(chunk, { stream: true });
          continue;
        } catch {
          utf8 = null;
          cp1252 = true;
          onCp1252();
        }
      }
      if (cp1252) {
        yield decodeCp1252(chunk);
        continue;
      }
      try {
        yield utf8!.decode(chunk, { stream: true });
      } catch {
        throw new InputError(`${file} : octets invalides en UTF-8 vers l'octet ${progress.bytes - chunk.length} (le début du fichier est en UTF-8) : enregistrez-le entièrement en UTF-8.`);
      }
    }
    if (utf8) {
      try {
        const rest = utf8.decode();
        if (rest) yield rest;
      } catch {
        throw new InputError(`${file} : le fichier se termine au milieu d'un caractère UTF-8.`);
      }
    }
  }
  return Readable.from(decode(), { objectMode: true, highWaterMark: 2 });
}

/** A line on stderr every few seconds for long files: rows done and share of the file read. */
function progressReporter(file: string, size: number, progress: Progress, unit: string): { tick(): void; end(): void } {
  const every = Number(process.env.ATTRIBUTE_PROGRESS_MS ?? 2000);
  const started = Date.now();
  let last = started;
  let shown = false;
  const tty = process.stderr.isTTY;
  const line = () => `attribute : ${progress.items.toLocaleString('fr-FR')} ${unit} (${size ? Math.min(100, Math.round((progress.bytes / size) * 100)) : 100} % de ${file})`;
  return {
    tick() {
      const now = Date.now();
      if (now - last < every || now - started < every) return;
      last = now;
      shown = true;
      process.stderr.write(tty ? `\r${line()}` : `${line()}\n`);
    },
    end() {
      if (shown) process.stderr.write(tty ? `\r${line()}\n` : `${line()}\n`);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writing with back-pressure: a slow disk or pipe pauses the reading instead of filling memory.

const out = process.stdout;
async function write(text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

// ---------------------------------------------------------------------------------------------
// CSV

const toWgs84 = proj4(LAMBERT_93, 'EPSG:4326');

function delimiterOf(firstLine: string): ',' | ';' | '\t' {
  const count = (d: string) => firstLine.split(d).length - 1;
  const [comma, semicolon, tab] = [count(','), count(';'), count('\t')];
  return semicolon > comma && semicolon >= tab ? ';' : tab > comma ? '\t' : ',';
}

/** Where the text's last complete record ends: after the last newline outside quotes ("" is an
 * escaped quote, and counts twice, so parity still tells inside from outside). */
function lastRecordEnd(text: string, quotedAtStart: boolean): { end: number; quotedAtEnd: boolean } {
  let quoted = quotedAtStart;
  let end = -1;
  let from = 0;
  for (;;) {
    const q = text.indexOf('"', from);
    const stop = q === -1 ? text.length : q;
    if (!quoted) {
      const nl = text.lastIndexOf('\n', stop - 1);
      if (nl >= from) end = nl + 1;
    }
    if (q === -1) break;
    quoted = !quoted;
    from = q + 1;
  }
  return { end, quotedAtEnd: quoted };
}

async function attributeCsv(file: string, box: readonly number[], locate: LocatePoint, insideOnly: boolean, progress: Progress, report: { tick(): void }, chunks: Readable): Promise<void> {
  let delimiter: ',' | ';' | '\t' | null = null;
  let fields: string[] | null = null;
  let keep: number[] = [];
  let read: (row: string[]) => [number, number] = () => [NaN, NaN];
  let pending: unknown[][] = [];
  let written = false;
  let line = 1;
  const inBox = (lon: number, lat: number) => lon >= box[0]! && lon <= box[2]! && lat >= box[1]! && lat <= box[3]!;

  function setHeader(row: string[]): void {
    fields = row.map((f) => f.trim());
    keep = fields.flatMap((f, i) => ((ADDED as readonly string[]).includes(f) ? [] : [i]));
    pending.push([...keep.map((i) => fields![i]!), ...ADDED]);
    const col = (name: string) => fields!.indexOf(name);
    const [lat, lon, x, y] = [col('lat'), col('lon'), col('x'), col('y')];
    if (lat >= 0 && lon >= 0) {
      read = (r) => {
        const [rawLat, rawLon] = [String(r[lat] ?? '').trim(), String(r[lon] ?? '').trim()];
        // An empty cell is not 0: it is a row without a place.
        if (!rawLat || !rawLon) throw new InputError(`${file} : ligne ${line}, coordonnées manquantes (lat « ${rawLat} », lon « ${rawLon} »).`);
        const [la, lo] = [Number(rawLat.replace(',', '.')), Number(rawLon.replace(',', '.'))];
        if (!Number.isFinite(la) || !Number.isFinite(lo)) throw new InputError(`${file} : ligne ${line}, lat/lon illisibles (« ${r[lat]} », « ${r[lon]} »).`);
        if (Math.abs(la) > 90 || Math.abs(lo) > 180) throw new InputError(`${file} : ligne ${line}, coordonnées hors WGS84 (lat ${r[lat]}, lon ${r[lon]}) : degrés attendus.`);
        if (!inBox(lo, la) && inBox(la, lo)) throw new InputError(`${file} : ligne ${line}, latitude et longitude semblent inversées (lat ${r[lat]}, lon ${r[lon]}) : corrigez les colonnes « lat » et « lon ».`);
        return [lo, la];
      };
    } else if (x >= 0 && y >= 0) {
      read = (r) => {
        const [rawX, rawY] = [String(r[x] ?? '').trim(), String(r[y] ?? '').trim()];
        if (!rawX || !rawY) throw new InputError(`${file} : ligne ${line}, coordonnées manquantes (x « ${rawX} », y « ${rawY} »).`);
        const [xm, ym] = [Number(rawX.replace(',', '.')), Number(rawY.replace(',', '.'))];
        // Metropolitan France in Lambert-93: x about 100 000–1 250 000 m, y 6 000 000–7 150 000 m.
        if (!(xm > 50_000 && xm < 1_300_000 && ym > 6_000_000 && ym < 7_200_000))
          throw new InputError(`${file} : ligne ${line}, x/y hors Lambert-93 (x ${r[x]}, y ${r[y]}) : mètres en Lambert-93 (EPSG:2154) attendus.`);
        return toWgs84.forward([xm, ym]) as [number, number];
      };
    } else throw new InputError(`${file} : colonnes « lat » et « lon » attendues, ou « x » et « y » en Lambert-93 (trouvées : ${fields.join(', ') || 'aucune'}).`);
  }

  function rows(text: string): void {
    const parsed = Papa.parse<string[]>(text, { delimiter: delimiter!, skipEmptyLines: true });
    for (const row of parsed.data) {
      if (!fields) {
        setHeader(row);
        continue;
      }
      line++;
      const [lon, lat] = read(row);
      const found = locate(lon, lat);
      progress.items++;
      if (insideOnly && found.sector_id === null) continue;
      const cells: unknown[] = keep.map((i) => neutraliseCell(row[i] ?? ''));
      cells.push(found.commune_insee ?? '', found.commune_nom ?? '', found.sector_id ?? '', found.version);
      pending.push(cells);
    }
  }

  async function flush(): Promise<void> {
    if (!pending.length) return;
    const text = Papa.unparse(pending as string[][], { delimiter: delimiter!, newline: '\n' }) + '\n';
    pending = [];
    written = true;
    await write(text);
  }

  // Whole records only are parsed; the unfinished end of a chunk waits for the next one.
  let rest = '';
  let quoted = false;
  for await (const chunk of chunks) {
    const text = rest + (chunk as string);
    const { end, quotedAtEnd } = lastRecordEnd(chunk as string, quoted);
    const cut = end === -1 ? -1 : rest.length + end;
    quoted = quotedAtEnd;
    delimiter ??= text.includes('\n') ? delimiterOf(text.slice(0, text.indexOf('\n'))) : null;
    if (cut === -1 || !delimiter) {
      rest = text;
      continue;
    }
    rows(text.slice(0, cut));
    rest = text.slice(cut);
    // Rows of a file wrong from its first lines are never written.
    if (written || pending.length >= BATCH) await flush();
    report.tick();
  }
  delimiter ??= delimiterOf(rest);
  if (rest.trim()) rows(rest);
  if (!fields) throw new InputError(`${file} : fichier vide (ligne d'en-tête attendue).`);
  await flush();
}

// ---------------------------------------------------------------------------------------------
// GeoJSON

function featureProblem(f: Feature<Geometry | null> | null, i: number): string | null {
  const name = `élément n° ${i + 1}${f?.properties?.id ? ` (${String(f.properties.id)})` : ''}`;
  if (!f || typeof f !== 'object' || !f.geometry) return `${name} sans géométrie.`;
  const g = f.geometry;
  if (g.type !== 'Point' && g.type !== 'Polygon' && g.type !== 'MultiPolygon') return `${name} de type ${g.type} ; seuls Point, Polygon et MultiPolygon sont pris en charge.`;
  const wgs84 = (p: unknown) => Array.isArray(p) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
  const positions = (g.type === 'Point' ? [g.coordinates] : g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2)) as unknown[];
  if (!positions.every(wgs84)) return `${name} a des coordonnées hors WGS84 (longitude/latitude en degrés attendues ; un fichier en Lambert-93 doit d'abord être reprojeté).`;
  return null;
}

type LocateFeature = (geometry: Geometry) => Promise<Attribution>;

function stringifyFeature(f: Feature, found: Attribution, file: string): string {
  try {
    return JSON.stringify({ ...f, properties: { ...f.properties, ...found } });
  } catch (e) {
    if (e instanceof RangeError) throw new InputError(`${file} : données trop imbriquées pour être écrites (structure trop profonde).`);
    throw e;
  }
}

function parseFeature(text: string, file: string, i: number): Feature<Geometry | null> {
  try {
    return JSON.parse(text) as Feature<Geometry | null>;
  } catch (e) {
    throw new InputError(`${file} : élément n° ${i + 1} : JSON illisible (${(e as Error).message}).`);
  }
}

async function attributeCollection(file: string, chunks: Readable, locate: LocateFeature, insideOnly: boolean, progress: Progress, report: { tick(): void }): Promise<void> {
  const splitter = new FeatureCollectionSplitter();
  let pending: string[] = [];
  let opened = false;
  let written = 0;
  let index = 0;
  const open = async () => {
    if (opened) return;
    const prefix = splitter.prefix();
    if (!prefix || prefix.type !== 'FeatureCollection') throw new InputError(`${file} : une FeatureCollection GeoJSON est attendue.`);
    opened = true;
    await write(JSON.stringify(prefix).slice(0, -'null}'.length) + '[');
  };
  const emit = async () => {
    await open();
    if (!pending.length) return;
    await write((written ? ',' : '') + pending.join(','));
    written += pending.length;
    pending = [];
  };
  for await (const chunk of chunks) {
    for (const text of splitter.push(chunk as string)) {
      const f = parseFeature(text, file, index);
      const problem = featureProblem(f, index);
      if (problem) throw new InputError(`${file} : ${problem}`);
      const found = await locate(f.geometry!);
      index++;
      progress.items++;
      if (insideOnly && found.sector_id === null) continue;
      pending.push(stringifyFeature(f as Feature, found, file));
    }
    report.tick();
    if (pending.length >= BATCH || (written > 0 && pending.length)) await emit();
  }
  const end = splitter.finish();
  if (!end.ok) throw new InputError(end.problem === 'not-json' ? `${file} : JSON illisible (${end.detail}).` : `${file} : une FeatureCollection GeoJSON est attendue.`);
  await emit();
  await write(']' + JSON.stringify(end.suffix).slice('{"features":null'.length) + '\n');
}

async function attributeSequence(file: string, chunks: Readable, locate: LocateFeature, insideOnly: boolean, progress: Progress, report: { tick(): void }): Promise<void> {
  let rest = '';
  let index = 0;
  let pending: string[] = [];
  const handle = async (raw: string) => {
    const separated = raw.startsWith('\x1e');
    const text = raw.replace(/^\x1e/, '').trim();
    if (!text) return;
    const f = parseFeature(text, file, index);
    const problem = featureProblem(f, index);
    if (problem) throw new InputError(`${file} : ${problem}`);
    const found = await locate(f.geometry!);
    index++;
    progress.items++;
    if (insideOnly && found.sector_id === null) return;
    pending.push(`${separated ? '\x1e' : ''}${stringifyFeature(f as Feature, found, file)}\n`);
  };
  for await (const chunk of chunks) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop()!;
    for (const l of lines) await handle(l);
    report.tick();
    if (pending.length >= BATCH || (index > BATCH && pending.length)) {
      await write(pending.join(''));
      pending = [];
    }
  }
  await handle(rest);
  if (pending.length) await write(pending.join(''));
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
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
  const locatePoint: LocatePoint = (lon, lat) => {
    const commune = communeFeatures[communeGrid.locate(lon, lat)]?.properties;
    return { commune_insee: commune?.code ?? null, commune_nom: commune?.nom ?? null, sector_id: sectors.features[sectorGrid.locate(lon, lat)]?.properties.id ?? null, version: versionId };
  };
  const locateFeature = polygonAware(locatePoint, contours.value, sectors.features, versionId);

  const progress: Progress = { bytes: 0, items: 0 };
  const chunks = textChunks(input, progress, () => console.error(`attribute : ${input} est lu en Windows-1252 (il n'est pas en UTF-8) ; la sortie est en UTF-8.`));
  const size = statSync(input).size;
  const insideOnly = values['inside-only'] ?? false;
  if (/\.csv$/i.test(input)) {
    const report = progressReporter(input, size, progress, 'lignes');
    await attributeCsv(input, data.data.territory.bbox, locatePoint, insideOnly, progress, report, chunks);
    report.end();
  } else if (/\.(geojsonl|geojsons|geojsonseq|ndjson|jsonl)$/i.test(input)) {
    const report = progressReporter(input, size, progress, 'éléments');
    await attributeSequence(input, chunks, locateFeature, insideOnly, progress, report);
    report.end();
  } else {
    const report = progressReporter(input, size, progress, 'éléments');
    await attributeCollection(input, chunks, locateFeature, insideOnly, progress, report);
    report.end();
  }
}

/** Points go to the grids; polygons (rare in address files) load Turf's intersection on first use. */
function polygonAware(locatePoint: LocatePoint, contours: CommuneContours, sectors: readonly SectorFeature[], version: string): LocateFeature {
  let polygons: Promise<(g: Geometry) => Attribution> | null = null;
  return async (geometry) => {
    if (geometry.type === 'Point') return locatePoint(geometry.coordinates[0]!, geometry.coordinates[1]!);
    polygons ??= (async () => {
      const [{ indexCommunes }, { indexSectors }, { attribute }] = await Promise.all([import('../geo/commune-of'), import('../geo/sector-of'), import('../geo/attribute')]);
      const communes = indexCommunes(contours);
      const index = indexSectors(sectors);
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
  const message = e instanceof InputError ? e.message : e instanceof RangeError ? 'données trop imbriquées pour être traitées (structure trop profonde).' : `erreur inattendue : ${(e as Error)?.message ?? String(e)}`;
  console.error(`attribute : ${message}`);
  process.exit(1);
});
