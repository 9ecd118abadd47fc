// Everything `npm run check:data` verifies, as a pure function of the files' text so that tests
// and the CLI share it: schemas, duplicate ids, rings, winding, bounding box, overlapping sectors.
import { parseGeoData, duplicateIds, GEODATA_FILES } from '../data/parse-geodata';
import { zodProblems, type DataProblem } from '../data/problems';
import { ringProblems } from '../geo/ring-problems';
import { outsideBox, type BBox } from '../geo/outside-bbox';
import { validateSectors } from '../geo/validate-sectors';
import { sectorCollectionSchema, exportedVersionSchema, type SectorCollection } from '../data/schemas';
import type { Geometry } from 'geojson';

function actionProblems(id: string, geometry: Geometry, box: BBox): DataProblem[] {
  const issues = [...(geometry.type === 'Polygon' ? ringProblems(geometry) : []), outsideBox(geometry, box)];
  return issues.flatMap((issue) => (issue ? [{ file: GEODATA_FILES.actions, featureId: id, issue }] : []));
}

const sectorProblems = (file: string, sectors: SectorCollection, box: BBox): DataProblem[] =>
  validateSectors(
    sectors.features.map((f) => ({ id: f.properties.id, nom: f.properties.nom, geometry: f.geometry })),
    box,
  )
    .filter((p) => p.problem.code !== 'duplicate-id') // reported once, by duplicateIds
    .map((p) => ({ file, featureId: p.sectorId, issue: p.problem }));

/** A perimeter file in perimetres/ that versions.json does not list yet (e.g. an exported draft). */
function unlistedPerimeter(file: string, text: string, box: BBox): DataProblem[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return [{ file, featureId: null, issue: { code: 'bad-json', detail: (e as Error).message } }];
  }
  const sectors = sectorCollectionSchema.safeParse(raw);
  if (!sectors.success) return zodProblems(file, sectors.error, raw);
  const problems = sectorProblems(file, sectors.data, box);
  const meta = (raw as { version?: unknown }).version;
  if (meta !== undefined) {
    const parsed = exportedVersionSchema.safeParse(meta);
    if (!parsed.success) problems.push(...zodProblems(file, parsed.error, meta, 'version-meta'));
  }
  duplicateIds(file, sectors.data.features.map((f) => f.properties.id), problems);
  return problems;
}

export function checkGeoData(files: Readonly<Record<string, string>>): DataProblem[] {
  const parsed = parseGeoData(files);
  if (!parsed.ok) return parsed.problems;
  const { territory, versions, sectorsByVersion, actions } = parsed.data;
  const problems: DataProblem[] = [];
  for (const version of versions) problems.push(...sectorProblems(version.file, sectorsByVersion[version.id]!, territory.bbox));
  for (const action of actions.features) problems.push(...actionProblems(action.properties.id, action.geometry, territory.bbox));
  const listed = new Set(versions.map((v) => v.file));
  for (const [file, text] of Object.entries(files)) {
    if (file.startsWith('perimetres/') && file.endsWith('.geojson') && !listed.has(file)) problems.push(...unlistedPerimeter(file, text, territory.bbox));
  }
  return problems;
}
