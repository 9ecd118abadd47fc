// Every rule a set of sectors (one perimeter version) must follow, as a pure function: used by
// `npm run check:data`, by the draft editor (live, before anything is saved) and by the import.
// Problems are codes with parameters; src/i18n words them.
import type { MultiPolygon, Polygon } from 'geojson';
import { ID_PATTERN } from '../data/ids';
import { ringProblems } from './ring-problems';
import { outsideBox, type BBox } from './outside-bbox';
import { sectorOverlaps } from './sector-overlaps';
import type { AreaIndex } from './area-index';
import { labelPoint } from './label-point';
import type { GeoProblem } from './problems';

export interface SectorInput {
  readonly id: string;
  readonly nom: string;
  readonly geometry: Polygon | MultiPolygon;
}

export interface SectorProblem {
  readonly sectorId: string;
  readonly problem: GeoProblem;
}

const isGeometryProblem = (p: GeoProblem) => p.code !== 'empty-name' && p.code !== 'bad-id' && p.code !== 'duplicate-id';

/**
 * @param box the EPCI's bounding box (coordinates outside it are swapped or not WGS84)
 * @param communes when given, the EPCI's commune contours: a sector must lie in one of them
 */
export function validateSectors(sectors: readonly SectorInput[], box: BBox, communes?: AreaIndex<unknown> | null): SectorProblem[] {
  const problems: SectorProblem[] = [];
  const seen = new Set<string>();
  const sound: SectorInput[] = [];
  for (const s of sectors) {
    const own: GeoProblem[] = [];
    if (!s.nom.trim()) own.push({ code: 'empty-name' });
    if (!ID_PATTERN.test(s.id)) own.push({ code: 'bad-id', id: s.id });
    if (seen.has(s.id)) own.push({ code: 'duplicate-id', id: s.id });
    seen.add(s.id);
    own.push(...ringProblems(s.geometry));
    const outside = outsideBox(s.geometry, box);
    if (outside) own.push(outside);
    else if (communes && communes.areas.length > 0 && !communes.locate({ type: 'Point', coordinates: labelPoint(s.geometry) })) own.push({ code: 'outside-communes' });
    if (!own.some(isGeometryProblem)) sound.push(s);
    problems.push(...own.map((problem) => ({ sectorId: s.id, problem })));
  }
  for (const o of sectorOverlaps(sound)) problems.push({ sectorId: o.a, problem: { code: 'overlap', other: o.b, areaM2: o.areaM2 } });
  return problems;
}
