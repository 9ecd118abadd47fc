// Every rule a set of sectors (one perimeter version) must follow, as a pure function: used by
// `npm run check:data`, by the draft editor (live, before anything is saved) and by the import.
import type { MultiPolygon, Polygon } from 'geojson';
import { ringProblems } from './ring-problems';
import { outsideBoxMessage, type BBox } from './outside-bbox';
import { sectorOverlaps } from './sector-overlaps';
import type { AreaIndex } from './area-index';
import { labelPoint } from './label-point';

export interface SectorInput {
  readonly id: string;
  readonly nom: string;
  readonly geometry: Polygon | MultiPolygon;
}

export interface SectorProblem {
  readonly sectorId: string;
  readonly code: 'empty-name' | 'bad-id' | 'duplicate-id' | 'ring' | 'outside-epci' | 'overlap';
  readonly message: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const fmtHa = (m2: number) => `${(m2 / 10_000).toLocaleString('fr-FR', { maximumFractionDigits: 2 })} ha`;

/**
 * @param box the EPCI's bounding box (coordinates outside it are swapped or not WGS84)
 * @param communes when given, the EPCI's commune contours: a sector must lie in one of them
 */
export function validateSectors(sectors: readonly SectorInput[], box: BBox, communes?: AreaIndex<unknown> | null): SectorProblem[] {
  const problems: SectorProblem[] = [];
  const seen = new Set<string>();
  const sound: SectorInput[] = [];
  for (const s of sectors) {
    const before = problems.length;
    if (!s.nom.trim()) problems.push({ sectorId: s.id, code: 'empty-name', message: 'le secteur n’a pas de nom' });
    if (!ID.test(s.id)) problems.push({ sectorId: s.id, code: 'bad-id', message: `identifiant « ${s.id} » invalide : minuscules, chiffres et tirets (ex. « quartier-gare »)` });
    if (seen.has(s.id)) problems.push({ sectorId: s.id, code: 'duplicate-id', message: `identifiant « ${s.id} » en double` });
    seen.add(s.id);
    for (const p of ringProblems(s.geometry)) problems.push({ sectorId: s.id, code: 'ring', message: p.message });
    const outside = outsideBoxMessage(s.geometry, box);
    if (outside) {
      problems.push({ sectorId: s.id, code: 'outside-epci', message: outside });
    } else if (communes && communes.areas.length > 0 && !communes.locate({ type: 'Point', coordinates: labelPoint(s.geometry) })) {
      problems.push({ sectorId: s.id, code: 'outside-epci', message: 'le secteur est hors des communes de l’EPCI' });
    }
    const geometryOk = !problems.slice(before).some((p) => p.code === 'ring' || p.code === 'outside-epci');
    if (geometryOk) sound.push(s);
  }
  for (const o of sectorOverlaps(sound)) {
    problems.push({ sectorId: o.a, code: 'overlap', message: `chevauche le secteur « ${o.b} » sur ${fmtHa(o.areaM2)} : un lieu ne peut appartenir qu'à un secteur` });
  }
  return problems;
}

