// Every rule a set of sectors (one perimeter version) must follow, as a pure function: used by
// `npm run check:data`, by the draft editor (live, before anything is saved) and by the import.
// Problems are codes with parameters; src/i18n words them.
import type { MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/turf';
import { SAME_AREA_M2 } from './measure';
import { ID_PATTERN } from '../data/ids';
import { ringProblems } from './ring-problems';
import { outsideBox, type BBox } from './outside-bbox';
import { sectorOverlaps } from './sector-overlaps';
import { polygonOps } from './polygon-shares';
import type { AreaIndex } from './area-index';
import { labelPoint } from './label-point';
import type { GeoProblem } from '../data/geo-problems';
import { holdsTownCentre, type OrtRules } from './ort-rules';

export type { OrtRules } from './ort-rules';

export interface SectorInput {
  readonly id: string;
  readonly nom: string;
  readonly geometry: Polygon | MultiPolygon;
}

export interface SectorProblem {
  /** null for a problem of the version as a whole (no sector holds the town centre). */
  readonly sectorId: string | null;
  readonly problem: GeoProblem;
}

const isGeometryProblem = (p: GeoProblem) => p.code !== 'empty-name' && p.code !== 'bad-id' && p.code !== 'duplicate-id';
/** A sector that spreads less than this share of its area into other communes is drawn along a border, not across. */
const STRADDLE_SHARE = 0.01;

function communeProblems(s: SectorInput, communes: AreaIndex<unknown>, signatories: readonly string[] | undefined): GeoProblem[] {
  const shares = communes.withPolygonOps(polygonOps).shares(s.geometry);
  if (shares.length === 0) return [{ code: 'outside-communes' }];
  const total = shares.reduce((sum, x) => sum + x.m2, 0);
  const main = shares[0]!.area.id;
  const problems: GeoProblem[] = [];
  if (signatories && !signatories.includes(main)) problems.push({ code: 'outside-signatories', insee: main });
  const spread = shares.filter((x) => x.m2 / total >= STRADDLE_SHARE);
  if (spread.length > 1) problems.push({ code: 'straddles-communes', communes: spread.map((x) => x.area.id) });
  return problems;
}

/**
 * @param box the EPCI's bounding box (coordinates outside it are swapped or not WGS84)
 * @param communes when given, the EPCI's commune contours: a sector must lie in one of them
 * @param rules the ORT's legal frame, when known (town centre, signatory communes)
 */
export function validateSectors(sectors: readonly SectorInput[], box: BBox, communes?: AreaIndex<unknown> | null, rules: OrtRules = {}): SectorProblem[] {
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
    if (!own.some((p) => p.code === 'too-few-positions' || p.code === 'unclosed-ring' || p.code === 'self-intersection') && area(s.geometry) <= SAME_AREA_M2)
      own.push({ code: 'degenerate' });
    const outside = outsideBox(s.geometry, box);
    if (outside) own.push(outside);
    const geometryOk = !own.some(isGeometryProblem);
    if (geometryOk && communes && communes.areas.length > 0) {
      // A quick test first: most sectors hold their own label point in a commune.
      const inSome = communes.locate({ type: 'Point', coordinates: labelPoint(s.geometry) });
      own.push(...(inSome || rules.signatories ? communeProblems(s, communes, rules.signatories) : [{ code: 'outside-communes' as const }]));
    }
    if (!own.some((p) => isGeometryProblem(p) && p.code !== 'straddles-communes' && p.code !== 'outside-signatories')) sound.push(s);
    problems.push(...own.map((problem) => ({ sectorId: s.id, problem })));
  }
  for (const o of sectorOverlaps(sound)) problems.push({ sectorId: o.a, problem: { code: 'overlap', other: o.b, areaM2: o.areaM2 } });
  const centre = rules.townCentre;
  if (centre && !holdsTownCentre(sectors, centre.at)) {
    problems.push({ sectorId: null, problem: { code: 'missing-town-centre', insee: centre.insee } });
  }
  return problems;
}
