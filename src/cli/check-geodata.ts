// Everything `npm run check:data` verifies, as a pure function of the files' text so that tests
// and the CLI share it: schemas, duplicate ids, rings, winding, bounding box, overlapping sectors,
// and the ORT's legal frame (the PVD town's centre in a sector; with commune contours, each sector
// in a signatory commune).
import { parseGeoData, duplicateIds, GEODATA_FILES } from '../data/parse-geodata';
import { zodProblems, type DataProblem } from '../data/problems';
import { ringProblems } from '../geo/ring-problems';
import { outsideBox, type BBox } from '../geo/outside-bbox';
import { validateSectors } from '../geo/validate-sectors';
import { ortRules } from '../geo/ort-rules';
import { isWarning, type GeoProblem } from '../data/geo-problems';
import type { CommuneIndex } from '../geo/commune-of';
import { sectorCollectionSchema, exportedVersionSchema, type SectorCollection, type Territory } from '../data/schemas';
import type { Geometry } from 'geojson';

export interface CheckOptions {
  /** The EPCI's commune contours: sectors are then checked against them (in a commune, in a signatory one). */
  readonly communes?: CommuneIndex | null;
}

/** A problem that does not make the data invalid (a sector along a commune border, for instance). */
export const isDataWarning = (p: DataProblem): boolean => 'code' in p.issue && isWarning(p.issue as GeoProblem);

function actionProblems(id: string, geometry: Geometry, box: BBox): DataProblem[] {
  const issues = [...(geometry.type === 'Polygon' ? ringProblems(geometry) : []), outsideBox(geometry, box)];
  return issues.flatMap((issue) => (issue ? [{ file: GEODATA_FILES.actions, featureId: id, issue }] : []));
}

const sectorProblems = (file: string, sectors: SectorCollection, territory: Territory, options: CheckOptions, signatories?: readonly string[]): DataProblem[] =>
  validateSectors(
    sectors.features.map((f) => ({ id: f.properties.id, nom: f.properties.nom, geometry: f.geometry })),
    territory.bbox,
    options.communes,
    ortRules(territory, signatories),
  )
    .filter((p) => p.problem.code !== 'duplicate-id') // reported once, by duplicateIds
    .map((p) => ({ file, featureId: p.sectorId, issue: p.problem }));

const unknownCommunes = (file: string, communes: readonly string[], territory: Territory): DataProblem[] =>
  communes.filter((c) => !territory.communes.some((t) => t.insee === c)).map((insee) => ({ file, featureId: null, issue: { code: 'unknown-commune', insee } }));

/** A perimeter file in perimetres/ that versions.json does not list yet (e.g. an exported draft). */
function unlistedPerimeter(file: string, text: string, territory: Territory, options: CheckOptions, versionIds: Set<string>): DataProblem[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return [{ file, featureId: null, issue: { code: 'bad-json', detail: (e as Error).message } }];
  }
  const sectors = sectorCollectionSchema.safeParse(raw);
  if (!sectors.success) return zodProblems(file, sectors.error, raw);
  const meta = (raw as { version?: unknown }).version;
  const parsedMeta = meta === undefined ? null : exportedVersionSchema.safeParse(meta);
  const signatories = parsedMeta?.success ? parsedMeta.data.communes : undefined;
  const problems = sectorProblems(file, sectors.data, territory, options, signatories);
  if (sectors.data.features.length === 0) problems.push({ file, featureId: null, issue: { code: 'no-sectors' } });
  if (parsedMeta && !parsedMeta.success) problems.push(...zodProblems(file, parsedMeta.error, meta, 'version-meta'));
  if (signatories) problems.push(...unknownCommunes(file, signatories, territory));
  if (parsedMeta?.success) {
    if (versionIds.has(parsedMeta.data.id)) problems.push({ file, featureId: null, issue: { code: 'duplicate-version-id', id: parsedMeta.data.id } });
    versionIds.add(parsedMeta.data.id);
  }
  duplicateIds(
    file,
    sectors.data.features.map((f) => f.properties.id),
    problems,
  );
  return problems;
}

export function checkGeoData(files: Readonly<Record<string, string>>, options: CheckOptions = {}): DataProblem[] {
  const parsed = parseGeoData(files);
  if (!parsed.ok) return parsed.problems;
  const { territory, versions, sectorsByVersion, actions } = parsed.data;
  const problems: DataProblem[] = [];
  for (const version of versions) {
    problems.push(...unknownCommunes(GEODATA_FILES.versions, version.communes, territory));
    problems.push(...sectorProblems(version.file, sectorsByVersion[version.id]!, territory, options, version.communes));
    if (sectorsByVersion[version.id]!.features.length === 0) problems.push({ file: version.file, featureId: null, issue: { code: 'no-sectors' } });
  }
  const versionIds = new Set(versions.map((v) => v.id));
  for (const action of actions.features) problems.push(...actionProblems(action.properties.id, action.geometry, territory.bbox));
  const listed = new Set(versions.map((v) => v.file));
  for (const [file, text] of Object.entries(files)) {
    if (file.startsWith('perimetres/') && file.endsWith('.geojson') && !listed.has(file)) problems.push(...unlistedPerimeter(file, text, territory, options, versionIds));
  }
  return problems;
}
