// A zipped shapefile (.shp .shx .dbf .prj .cpg), as GIS offices and the DDT send perimeters, read
// into the GeoJSON the import already reads: shpjs reads the geometries and the table; the .prj
// says the CRS (WGS84, Lambert-93, or a conic zone CC42–CC50), written as the collection's `crs`
// member so that no question is asked; without .prj the import asks as for any Lambert-93 file.
// Text is decoded by the .cpg, Windows-1252 without one (what French GIS exports write).
import { iter } from 'but-unzip';
import { parseDbf, parseShp } from 'shpjs';
import type { Geometry } from 'geojson';
import { rewind } from '@turf/turf';
import { slug } from '../data/ids';

export type ShapefileProblem =
  | { readonly code: 'zip-unreadable'; readonly detail: string }
  | { readonly code: 'no-shapefile' }
  | { readonly code: 'prj-unknown'; readonly name: string };

/** The CRS a .prj names, as the `crs` member's name the import recognises; null when it names none we know. */
export function prjCrs(prj: string): string | null {
  const name = /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\[\s*"([^"]*)"/i.exec(prj)?.[1] ?? '';
  const zone = /(?:^|[^A-Za-z])CC[_ ]?(4[2-9]|50)(?![0-9])/i.exec(name) ?? /Conique[_ ]Conforme[_ ]Zone[_ ](4[2-9]|50)\b/i.exec(prj);
  if (zone) return `EPSG:${3900 + Number(zone[1])}`;
  if (/Lambert[_ -]?93|RGF93[_ ]Lambert/i.test(name)) return 'EPSG:2154';
  if (/^GEOGCS\[\s*"(GCS_)?WGS[_ ]?(19)?84"/i.test(prj.trim()) || /^GEOGCS\[\s*"(GCS_)?RGF[_ ]?93"/i.test(prj.trim())) return 'EPSG:4326';
  return null;
}

/** A .prj's own name, to say which one is not known. */
const prjName = (prj: string) => /^\s*\w+\[\s*"([^"]*)"/.exec(prj)?.[1] ?? prj.slice(0, 60);

/** Fields that name a sector, as a person would look for them (the first one present wins). */
const NAME_FIELDS = [/^nom$/i, /^name$/i, /^libelle$/i, /^nom_/i, /^lib_?/i, /^intitule/i, /^designation/i];
const ID_FIELDS = [/^id$/i, /^code$/i, /^id_/i, /^code_/i];
const fieldOf = (fields: readonly string[], patterns: readonly RegExp[]) => patterns.map((p) => fields.find((f) => p.test(f))).find((f) => f !== undefined) ?? null;

/** A field that may name the sectors, with its first value (to choose by). */
export interface NameField {
  readonly field: string;
  readonly example: string;
}

export type ShapefileReading =
  | {
      readonly ok: true;
      readonly geojson: string;
      /** The field the sectors were named from, and the others that might name them (a choice to offer when there are several). */
      readonly nameField: string | null;
      readonly nameFields: readonly NameField[];
      readonly prj: 'declared' | 'none';
    }
  | { readonly ok: false; readonly problem: ShapefileProblem };

/** @param chosenField the field that names the sectors, when the user chose among several */
export async function readShapefileZip(bytes: Uint8Array, chosenField?: string): Promise<ShapefileReading> {
  const files = new Map<string, Uint8Array>();
  try {
    for (const entry of iter(bytes)) {
      if (entry.filename.includes('__MACOSX')) continue;
      files.set(entry.filename.toLowerCase(), await entry.read());
    }
  } catch (e) {
    return { ok: false, problem: { code: 'zip-unreadable', detail: (e as Error).message } };
  }
  const layers = [...files.keys()].filter((f) => f.endsWith('.shp')).map((f) => f.slice(0, -4));
  if (layers.length === 0) return { ok: false, problem: { code: 'no-shapefile' } };
  const text = (name: string) => (files.has(name) ? new TextDecoder().decode(files.get(name)) : null);
  const features: { type: 'Feature'; properties: Record<string, unknown>; geometry: Geometry }[] = [];
  let crs: string | null = null;
  let declared = false;
  let nameField: string | null = null;
  const nameFields: NameField[] = [];
  for (const layer of layers) {
    const prj = text(`${layer}.prj`);
    if (prj !== null) {
      const named = prjCrs(prj);
      if (!named) return { ok: false, problem: { code: 'prj-unknown', name: prjName(prj) } };
      crs = named;
      declared = true;
    }
    const geometries = parseShp(files.get(`${layer}.shp`)!);
    const cpg = text(`${layer}.cpg`)?.trim() || 'windows-1252';
    const rows = files.has(`${layer}.dbf`) ? parseDbf(files.get(`${layer}.dbf`)!, cpg) : [];
    const fields = Object.keys(rows[0] ?? {});
    for (const pattern of NAME_FIELDS)
      for (const field of fields.filter((f) => pattern.test(f) && typeof rows[0]?.[f] === 'string' && !nameFields.some((n) => n.field === f)))
        nameFields.push({ field, example: String(rows[0]![field]).trim() });
    nameField ??= chosenField && fields.includes(chosenField) ? chosenField : fieldOf(fields, NAME_FIELDS);
    const idField = fieldOf(fields, ID_FIELDS);
    // shpjs gives each geometry its bbox, in the file's CRS: dropped (it would not be reprojected).
    geometries.forEach(({ bbox: _bbox, ...geometry }: Geometry, i) => {
      const row = rows[i] ?? {};
      const nom = nameField && typeof row[nameField] === 'string' ? (row[nameField] as string).trim() : '';
      const rawId = idField ? row[idField] : undefined;
      const id = typeof rawId === 'string' && rawId.trim() ? slug(rawId) : typeof rawId === 'number' ? `secteur-${rawId}` : slug(nom) || `secteur-${features.length + 1}`;
      // Shapefile rings turn the other way from GeoJSON's (RFC 7946: outer counterclockwise).
      features.push({
        type: 'Feature',
        properties: { ...row, id, nom },
        geometry: geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? (rewind(geometry) as Geometry) : geometry,
      });
    });
  }
  const collection = { type: 'FeatureCollection', ...(crs ? { crs: { type: 'name', properties: { name: crs, source: 'prj' } } } : {}), features };
  return { ok: true, geojson: JSON.stringify(collection), nameField, nameFields, prj: declared ? 'declared' : 'none' };
}
