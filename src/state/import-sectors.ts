// Reading a perimeter file a planner brings (from a GIS, another draft, an export): all or
// nothing. Every problem is named in French with the feature concerned; nothing is half-imported.
import type { Geometry } from 'geojson';
import type { SectorCollection, SectorFeature } from '../data/schemas';
import { detectCrs, reprojectGeometry, type CrsDetection } from '../geo/reproject';
import { validateSectors } from '../geo/validate-sectors';
import type { BBox } from '../geo/outside-bbox';
import type { AreaIndex } from '../geo/area-index';

export type ParsedFile =
  | { readonly ok: true; readonly raw: RawCollection; readonly detection: CrsDetection }
  | { readonly ok: false; readonly problems: readonly string[] };

interface RawCollection {
  type?: unknown;
  crs?: { properties?: { name?: unknown } };
  name?: unknown;
  version?: { label?: unknown };
  features?: { type?: unknown; id?: unknown; properties?: Record<string, unknown> | null; geometry?: Geometry | null }[];
}

/** Step 1: read the text and say which CRS it is in (the user confirms before step 2). */
export function readPerimeterFile(text: string): ParsedFile {
  let raw: RawCollection;
  try {
    raw = JSON.parse(text) as RawCollection;
  } catch (e) {
    return { ok: false, problems: [`fichier illisible : ce n’est pas du JSON (${(e as Error).message})`] };
  }
  if (raw?.type !== 'FeatureCollection' || !Array.isArray(raw.features)) return { ok: false, problems: ['une FeatureCollection GeoJSON est attendue'] };
  if (raw.features.length === 0) return { ok: false, problems: ['le fichier ne contient aucun secteur'] };
  const geometries = raw.features.map((f) => f?.geometry).filter((g): g is Geometry => !!g);
  const detection = detectCrs(raw, geometries);
  if (detection.crs === 'unknown') return { ok: false, problems: [detection.reason] };
  return { ok: true, raw, detection };
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export type ImportResult = { readonly ok: true; readonly sectors: SectorCollection; readonly label: string | null } | { readonly ok: false; readonly problems: readonly string[] };

/** Step 2: build the sectors (reprojected if asked), then check them all; any problem rejects the file. */
export function importSectors(file: Extract<ParsedFile, { ok: true }>, box: BBox, communes: AreaIndex<unknown> | null): ImportResult {
  const problems: string[] = [];
  const sectors: SectorFeature[] = [];
  file.raw.features!.forEach((f, i) => {
    const props = f?.properties ?? {};
    const nom = typeof props.nom === 'string' ? props.nom : typeof props.name === 'string' ? props.name : '';
    const id = typeof props.id === 'string' && props.id ? props.id : typeof f?.id === 'string' ? f.id : slug(nom);
    const name = `élément n° ${i + 1}${id ? ` (${id})` : ''}`;
    const geometry = f?.geometry;
    if (!geometry) return problems.push(`${name} : sans géométrie`);
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return problems.push(`${name} : géométrie ${geometry.type}, un Polygon ou MultiPolygon est attendu`);
    if (!id) return problems.push(`${name} : ni identifiant (« id ») ni nom (« nom ») pour en faire un`);
    sectors.push({
      type: 'Feature',
      properties: {
        id,
        nom,
        description: typeof props.description === 'string' ? props.description : '',
        provenance: props.provenance === 'seed' || props.provenance === 'public' ? props.provenance : 'indicatif',
      },
      geometry: (file.detection.crs === 'lambert93' ? reprojectGeometry(geometry) : geometry) as SectorFeature['geometry'],
    });
  });
  for (const p of validateSectors(sectors.map((s) => ({ id: s.properties.id, nom: s.properties.nom, geometry: s.geometry })), box, communes)) {
    problems.push(`secteur « ${p.sectorId} » : ${p.message}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const label = typeof file.raw.version?.label === 'string' ? file.raw.version.label : typeof file.raw.name === 'string' ? file.raw.name : null;
  return { ok: true, sectors: { type: 'FeatureCollection', features: sectors }, label };
}
