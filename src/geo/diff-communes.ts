// The by-commune part of a change report: communes joining or leaving the ORT between two
// versions, and per commune the sectors added and the hectares added or removed (on the
// official contours).
import type { SectorCollection } from '../data/schemas';
import type { CommuneIndex } from './commune-of';
import { polygonOps } from './polygon-shares';
import type { VersionDiff } from './diff-versions';
import { hectares } from './measure';

interface CommuneChange {
  readonly insee: string;
  readonly sectorsAdded: readonly string[];
  readonly addedHa: number;
  readonly removedHa: number;
}

export interface CommuneDiff {
  readonly joining: readonly string[];
  readonly leaving: readonly string[];
  /** Communes where the perimeter changes; empty without contours. */
  readonly communes: readonly CommuneChange[];
}

export function diffByCommune(communesA: readonly string[], communesB: readonly string[], diff: VersionDiff, b: SectorCollection, contours: CommuneIndex | null): CommuneDiff {
  const index = contours?.withPolygonOps(polygonOps) ?? null;
  const joining = communesB.filter((c) => !communesA.includes(c));
  const leaving = communesA.filter((c) => !communesB.includes(c));
  if (!index) return { joining, leaving, communes: [] };
  const byCode = new Map<string, { sectorsAdded: string[]; added: number; removed: number }>();
  const entry = (insee: string) => byCode.get(insee) ?? byCode.set(insee, { sectorsAdded: [], added: 0, removed: 0 }).get(insee)!;
  for (const s of diff.sectors.filter((x) => x.change === 'added')) {
    const geometry = b.features.find((f) => f.properties.id === s.id)?.geometry;
    const insee = geometry ? index.locate(geometry)?.id : undefined;
    if (insee) entry(insee).sectorsAdded.push(s.id);
  }
  if (diff.areas.added) for (const share of index.shares(diff.areas.added)) entry(share.area.id).added += share.m2;
  if (diff.areas.removed) for (const share of index.shares(diff.areas.removed)) entry(share.area.id).removed += share.m2;
  const order = index.areas.map((a) => a.id);
  const communes = [...byCode.entries()]
    .map(([insee, e]) => ({ insee, sectorsAdded: e.sectorsAdded, addedHa: hectares(e.added), removedHa: hectares(e.removed) }))
    .filter((c) => c.sectorsAdded.length > 0 || c.addedHa > 0 || c.removedHa > 0)
    .sort((x, y) => order.indexOf(x.insee) - order.indexOf(y.insee));
  return { joining, leaving, communes };
}
