// Everything `npm run check:data` verifies, as a pure function of the files' text so that tests
// and the CLI share it: schemas, duplicate ids, rings, winding, bounding box, overlapping sectors.
import { parseGeoData, GEODATA_FILES } from '../data/parse-geodata';
import type { DataProblem } from '../data/problems';
import { ringProblems } from '../geo/ring-problems';
import { positionsOutside, type BBox } from '../geo/outside-bbox';
import { sectorOverlaps } from '../geo/sector-overlaps';
import type { Geometry } from 'geojson';

const fmtHa = (m2: number) => `${(m2 / 10_000).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} ha`;

function geometryProblems(file: string, id: string, geometry: Geometry, box: BBox): { problems: DataProblem[]; sound: boolean } {
  const problems: DataProblem[] = [];
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    for (const p of ringProblems(geometry)) problems.push({ file, featureId: id, message: p.message });
  }
  const outside = positionsOutside(geometry, box);
  if (outside.length > 0) {
    const [lon, lat] = outside[0]!;
    problems.push({
      file,
      featureId: id,
      message: `${outside.length} sommet(s) hors de l'emprise de l'EPCI (ex. longitude ${lon}, latitude ${lat}) : coordonnées inversées ou pas en WGS84 (degrés) ?`,
    });
  }
  return { problems, sound: problems.length === 0 };
}

export function checkGeoData(files: Readonly<Record<string, string>>): DataProblem[] {
  const parsed = parseGeoData(files);
  if (!parsed.ok) return parsed.problems;
  const { territory, versions, sectorsByVersion, actions } = parsed.data;
  const problems: DataProblem[] = [];

  for (const version of versions) {
    const sound: { id: string; geometry: Extract<Geometry, { type: 'Polygon' | 'MultiPolygon' }> }[] = [];
    for (const sector of sectorsByVersion[version.id]!.features) {
      const checked = geometryProblems(version.file, sector.properties.id, sector.geometry, territory.bbox);
      problems.push(...checked.problems);
      if (checked.sound) sound.push({ id: sector.properties.id, geometry: sector.geometry });
    }
    for (const overlap of sectorOverlaps(sound)) {
      problems.push({
        file: version.file,
        featureId: overlap.a,
        message: `chevauche le secteur « ${overlap.b} » sur ${fmtHa(overlap.areaM2)} : un lieu ne peut appartenir qu'à un secteur`,
      });
    }
  }
  for (const action of actions.features) {
    problems.push(...geometryProblems(GEODATA_FILES.actions, action.properties.id, action.geometry, territory.bbox).problems);
  }
  return problems;
}
