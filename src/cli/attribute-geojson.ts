// attribute on GeoJSON: a FeatureCollection (split as it streams, its other members kept) or a
// GeoJSON text sequence (one feature a line, RFC 8142 record separators kept as they came).
import type { Feature, Geometry } from 'geojson';
import { isLocatable } from '../geo/locatable';
import { looksLikeWgs84 } from '../geo/outside-bbox';
import { FeatureCollectionSplitter } from './geojson-stream';
import { BATCH, InputError, write, type Attribution, type Run } from './attribute-io';

/** RFC 8142's record separator, which starts each feature of a GeoJSON text sequence. */
const RECORD_SEPARATOR = String.fromCharCode(0x1e);

export type LocateFeature = (geometry: Geometry) => Promise<Attribution>;

function featureProblem(f: Feature<Geometry | null> | null, i: number): string | null {
  const name = `élément n° ${i + 1}${f?.properties?.id ? ` (${String(f.properties.id)})` : ''}`;
  if (!f || typeof f !== 'object' || !f.geometry) return `${name} sans géométrie.`;
  if (!isLocatable(f.geometry)) return `${name} de type ${f.geometry.type} ; seuls Point, Polygon et MultiPolygon sont pris en charge.`;
  if (!looksLikeWgs84(f.geometry)) return `${name} a des coordonnées hors WGS84 (longitude/latitude en degrés attendues ; un fichier en Lambert-93 doit d'abord être reprojeté).`;
  return null;
}

/** One feature's text → its attributed text, or null when --inside-only leaves it out. */
function featureAttributer({ file, insideOnly, progress }: Run, locate: LocateFeature): (text: string) => Promise<string | null> {
  let index = 0;
  return async (text) => {
    let f: Feature<Geometry | null>;
    try {
      f = JSON.parse(text) as Feature<Geometry | null>;
    } catch (e) {
      throw new InputError(`${file} : élément n° ${index + 1} : JSON illisible (${(e as Error).message}).`);
    }
    const problem = featureProblem(f, index);
    if (problem) throw new InputError(`${file} : ${problem}`);
    const found = await locate(f.geometry!);
    index++;
    progress.items++;
    if (insideOnly && found.sector_id === null) return null;
    try {
      return JSON.stringify({ ...f, properties: { ...f.properties, ...found } });
    } catch (e) {
      if (e instanceof RangeError) throw new InputError(`${file} : données trop imbriquées pour être écrites (structure trop profonde).`);
      throw e;
    }
  };
}

export async function attributeCollection(run: Run, locate: LocateFeature): Promise<void> {
  const { file, chunks, report } = run;
  const attributed = featureAttributer(run, locate);
  const splitter = new FeatureCollectionSplitter();
  let pending: string[] = [];
  let opened = false;
  let written = 0;
  const open = async () => {
    if (opened) return;
    const prefix = splitter.prefix();
    if (prefix?.type !== 'FeatureCollection') throw new InputError(`${file} : une FeatureCollection GeoJSON est attendue.`);
    opened = true;
    await write(`${JSON.stringify(prefix).slice(0, -'null}'.length)}[`);
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
      const out = await attributed(text);
      if (out !== null) pending.push(out);
    }
    report.tick();
    if (pending.length >= BATCH || (written > 0 && pending.length)) await emit();
  }
  const end = splitter.finish();
  if (!end.ok) throw new InputError(end.problem === 'not-json' ? `${file} : JSON illisible (${end.detail}).` : `${file} : une FeatureCollection GeoJSON est attendue.`);
  await emit();
  await write(`]${JSON.stringify(end.suffix).slice('{"features":null'.length)}\n`);
}

export async function attributeSequence(run: Run, locate: LocateFeature): Promise<void> {
  const { chunks, report, progress } = run;
  const attributed = featureAttributer(run, locate);
  let rest = '';
  let pending: string[] = [];
  const handle = async (raw: string) => {
    const separated = raw.startsWith(RECORD_SEPARATOR);
    const text = (separated ? raw.slice(1) : raw).trim();
    if (!text) return;
    const out = await attributed(text);
    if (out !== null) pending.push(`${separated ? RECORD_SEPARATOR : ''}${out}\n`);
  };
  for await (const chunk of chunks) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop()!;
    for (const l of lines) await handle(l);
    report.tick();
    if (pending.length >= BATCH || (progress.items > BATCH && pending.length)) {
      await write(pending.join(''));
      pending = [];
    }
  }
  await handle(rest);
  if (pending.length) await write(pending.join(''));
}
