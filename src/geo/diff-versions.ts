// What changed between two perimeter versions, sector by sector (matched by their stable ids)
// and as areas: added, removed, unchanged. Turf does the geometry (union, difference, intersect,
// area); the report is what a planner shows a COPIL.
import { area, difference, featureCollection, feature, intersect, union } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ActionFeature, SectorCollection, SectorFeature } from '../data/schemas';
import { indexSectors, sectorOf } from './sector-of';
import { polygonOps } from './polygon-shares';
import { SAME_AREA_M2, hectares as ha } from './measure';

type Area = Polygon | MultiPolygon;
type SectorChange = 'added' | 'removed' | 'reshaped' | 'unchanged';

interface SectorDiff {
  readonly id: string;
  readonly nom: string;
  readonly change: SectorChange;
  /** Hectares, rounded to 0.01 ha; null when the sector is absent from that version. */
  readonly areaAHa: number | null;
  readonly areaBHa: number | null;
  readonly deltaHa: number;
  /** Change relative to A, in %; null when the sector is new. */
  readonly deltaPct: number | null;
}

interface ActionMove {
  readonly id: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly change: 'enters' | 'leaves' | 'moves';
}

export interface VersionDiff {
  readonly sectors: readonly SectorDiff[];
  /** `deltaHa`: B's total minus A's, in hectares (rounded to 0.01 ha). */
  readonly totals: {
    readonly areaAHa: number;
    readonly areaBHa: number;
    readonly deltaHa: number;
    readonly addedHa: number;
    readonly removedHa: number;
    readonly unchangedHa: number;
  };
  /** The perimeter's surfaces: what B adds to A, what it removes, what both share. */
  readonly areas: { readonly added: Area | null; readonly removed: Area | null; readonly unchanged: Area | null };
  readonly actions: readonly ActionMove[];
}

/** A sector kept under its id is "reshaped" only when its outline moved by more than 0.01 % of
 * its area: rounding to 6 decimals (±5 cm), a reprojection or a re-save by a GIS stays below. */
const RESHAPE_RATIO = 1e-4;

function unionOf(sectors: readonly SectorFeature[]): Area | null {
  if (sectors.length === 0) return null;
  if (sectors.length === 1) return sectors[0]!.geometry;
  return union(featureCollection(sectors.map((s) => feature(s.geometry))))?.geometry ?? null;
}

const areaOf = (g: Area | null) => (g ? area(g) : 0);
const diffOf = (a: Area | null, b: Area | null): Area | null => {
  if (!a) return null;
  if (!b) return a;
  return difference(featureCollection([feature(a), feature(b)]))?.geometry ?? null;
};
const meetOf = (a: Area | null, b: Area | null): Area | null => (a && b ? (intersect(featureCollection([feature(a), feature(b)]))?.geometry ?? null) : null);

function reshaped(a: Area, b: Area): boolean {
  const moved = areaOf(diffOf(a, b)) + areaOf(diffOf(b, a));
  return moved > Math.max(SAME_AREA_M2, RESHAPE_RATIO * Math.max(area(a), area(b)));
}

export function diffVersions(a: SectorCollection, b: SectorCollection, actions: readonly ActionFeature[] = []): VersionDiff {
  const byIdA = new Map(a.features.map((f) => [f.properties.id, f]));
  const byIdB = new Map(b.features.map((f) => [f.properties.id, f]));
  const ids = [...new Set([...byIdA.keys(), ...byIdB.keys()])];

  const sectors: SectorDiff[] = ids.map((id) => {
    const sa = byIdA.get(id);
    const sb = byIdB.get(id);
    const areaA = sa ? area(sa.geometry) : null;
    const areaB = sb ? area(sb.geometry) : null;
    const change: SectorChange = !sa ? 'added' : !sb ? 'removed' : reshaped(sa.geometry, sb.geometry) ? 'reshaped' : 'unchanged';
    const delta = (areaB ?? 0) - (areaA ?? 0);
    return {
      id,
      nom: (sb ?? sa)!.properties.nom,
      change,
      areaAHa: areaA === null ? null : ha(areaA),
      areaBHa: areaB === null ? null : ha(areaB),
      deltaHa: change === 'unchanged' ? 0 : ha(delta),
      deltaPct: areaA ? (change === 'unchanged' ? 0 : Math.round((delta / areaA) * 1000) / 10) : null,
    };
  });

  const unionA = unionOf(a.features);
  const unionB = unionOf(b.features);
  const added = diffOf(unionB, unionA);
  const removed = diffOf(unionA, unionB);
  const unchanged = meetOf(unionA, unionB);

  const indexA = indexSectors(a, polygonOps);
  const indexB = indexSectors(b, polygonOps);
  const moves: ActionMove[] = [];
  for (const action of actions) {
    const from = sectorOf(indexA, action.geometry);
    const to = sectorOf(indexB, action.geometry);
    if (from === to) continue;
    moves.push({ id: action.properties.id, from, to, change: from === null ? 'enters' : to === null ? 'leaves' : 'moves' });
  }

  const tiny = (g: Area | null) => (areaOf(g) > SAME_AREA_M2 ? g : null);
  const [areaAHa, areaBHa] = [ha(areaOf(unionA)), ha(areaOf(unionB))];
  return {
    sectors,
    totals: {
      areaAHa,
      areaBHa,
      deltaHa: Math.round((areaBHa - areaAHa) * 100) / 100,
      addedHa: ha(areaOf(tiny(added))),
      removedHa: ha(areaOf(tiny(removed))),
      unchangedHa: ha(areaOf(unchanged)),
    },
    areas: { added: tiny(added), removed: tiny(removed), unchanged },
    actions: moves,
  };
}

export const isEmptyDiff = (d: VersionDiff) => d.sectors.every((s) => s.change === 'unchanged') && d.actions.length === 0;
