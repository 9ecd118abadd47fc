// Reading a perimeter file a planner brings (from a GIS, another draft, an export): all or
// nothing. Every problem names the feature concerned, as a code that src/i18n words.
import type { Geometry } from 'geojson';
import type { SectorCollection, SectorFeature } from '../data/schemas';
import { detectCrs, reprojectGeometry, type CrsDetection, type CrsProblem } from './reproject';
import type { ShapefileProblem } from './shapefile';
import { validateSectors, type OrtRules, type SectorProblem } from './validate-sectors';
import type { BBox } from './outside-bbox';
import type { AreaIndex } from './area-index';
import type { GeoProblem } from '../data/geo-problems';
import { INSEE_PATTERN, slug } from '../data/ids';

type FileProblem =
  | CrsProblem
  | ShapefileProblem
  | { readonly code: 'not-json'; readonly detail: string }
  | { readonly code: 'not-feature-collection' }
  | { readonly code: 'no-features' };
type FeatureProblem = { readonly code: 'no-geometry' } | { readonly code: 'not-polygon'; readonly type: string } | { readonly code: 'no-id' };

export type ImportProblem =
  | { readonly where: 'file'; readonly problem: FileProblem }
  /** `index` from 0; `id` when the feature has one (or a name to make it from). */
  | { readonly where: 'feature'; readonly index: number; readonly id: string | null; readonly problem: FeatureProblem }
  | { readonly where: 'sector'; readonly sectorId: string | null; readonly problem: GeoProblem };

export type ParsedFile = { readonly ok: true; readonly raw: RawCollection; readonly detection: CrsDetection } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

interface RawCollection {
  type?: unknown;
  crs?: { properties?: { name?: unknown; source?: unknown } };
  name?: unknown;
  version?: { label?: unknown; communes?: unknown };
  features?: { type?: unknown; id?: unknown; properties?: Record<string, unknown> | null; geometry?: Geometry | null }[];
}

const fileProblem = (problem: FileProblem): ParsedFile => ({ ok: false, problems: [{ where: 'file', problem }] });

/** Step 1: read the text and say which CRS it is in (the user confirms before step 2). */
export function readPerimeterFile(text: string): ParsedFile {
  let raw: RawCollection;
  try {
    raw = JSON.parse(text) as RawCollection;
  } catch (e) {
    return fileProblem({ code: 'not-json', detail: (e as Error).message });
  }
  if (raw?.type !== 'FeatureCollection' || !Array.isArray(raw.features)) return fileProblem({ code: 'not-feature-collection' });
  if (raw.features.length === 0) return fileProblem({ code: 'no-features' });
  const geometries = raw.features.map((f) => f?.geometry).filter((g): g is Geometry => !!g);
  const detection = detectCrs(raw, geometries);
  if (detection.crs === 'unknown') return fileProblem(detection.problem);
  return { ok: true, raw, detection };
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly sectors: SectorCollection;
      readonly label: string | null;
      readonly communes: readonly string[] | null;
      /** Problems under the ORT's rules (town centre, signatories): shown in the draft, not a reason to refuse the file. */
      readonly ortProblems: readonly SectorProblem[];
    }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

/** Problems of the ORT's legal frame, which a draft may have while it is being prepared. */
const isOrtRuleProblem = (p: SectorProblem) => p.problem.code === 'missing-town-centre' || p.problem.code === 'outside-signatories' || p.problem.code === 'straddles-communes';

/** Step 2: build the sectors (reprojected if asked), then check them all in one pass; any problem
 * but the ORT's rules rejects the file. `rules(communes)`: the rules of the draft the file becomes. */
export function importSectors(
  file: Extract<ParsedFile, { ok: true }>,
  box: BBox,
  communes: AreaIndex<unknown> | null,
  rules?: (signatories: readonly string[] | null) => OrtRules,
): ImportResult {
  const problems: ImportProblem[] = [];
  const sectors: SectorFeature[] = [];
  for (const [index, f] of file.raw.features!.entries()) {
    const props = f?.properties ?? {};
    const nom = typeof props.nom === 'string' ? props.nom : typeof props.name === 'string' ? props.name : '';
    const id = typeof props.id === 'string' && props.id ? props.id : typeof f?.id === 'string' ? f.id : slug(nom);
    const reject = (problem: FeatureProblem) => void problems.push({ where: 'feature', index, id: id || null, problem });
    const geometry = f?.geometry;
    if (!geometry) {
      reject({ code: 'no-geometry' });
      continue;
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      reject({ code: 'not-polygon', type: geometry.type });
      continue;
    }
    if (!id) {
      reject({ code: 'no-id' });
      continue;
    }
    sectors.push({
      type: 'Feature',
      properties: {
        id,
        nom,
        description: typeof props.description === 'string' ? props.description : '',
        provenance: props.provenance === 'seed' || props.provenance === 'public' ? props.provenance : 'indicatif',
      },
      geometry: (file.detection.crs !== 'wgs84' && file.detection.crs !== 'unknown' ? reprojectGeometry(geometry, file.detection.crs) : geometry) as SectorFeature['geometry'],
    });
  }
  const signatories =
    Array.isArray(file.raw.version?.communes) && file.raw.version.communes.every((c) => typeof c === 'string' && INSEE_PATTERN.test(c))
      ? (file.raw.version.communes as string[])
      : null;
  const all = validateSectors(
    sectors.map((s) => ({ id: s.properties.id, nom: s.properties.nom, geometry: s.geometry })),
    box,
    communes,
    rules?.(signatories),
  );
  for (const p of all.filter((x) => !isOrtRuleProblem(x))) problems.push({ where: 'sector', sectorId: p.sectorId, problem: p.problem });
  if (problems.length > 0) return { ok: false, problems };
  const label = typeof file.raw.version?.label === 'string' ? file.raw.version.label : typeof file.raw.name === 'string' ? file.raw.name : null;
  return { ok: true, sectors: { type: 'FeatureCollection', features: sectors }, label, communes: signatories, ortProblems: all.filter(isOrtRuleProblem) };
}
