// Comparing two versions: which two, how they are shown, and the change report between them
// (memoized per pair of sector collections).
import { boundsOf } from '../geo/bounds';
import { versionInForce } from '../data/geodata';
import { timelineVersions, versionSectors } from './versions';
import type { AppState, SliceContext } from './app-state';
import type { CompareSlice } from './shape/compare';
import { DEFAULT_COMPARE_MODE } from './shape/compare';
export type { CompareMode, CompareState, CompareSlice } from './shape/compare';
export { COMPARE_MODES, DEFAULT_COMPARE_MODE } from './shape/compare';

/** Bounds holding the sectors of the given versions (around the territory's centre when they are empty). */
export function versionBounds(s: AppState, ids: readonly string[]): [number, number, number, number] {
  const bounds = boundsOf(ids.flatMap((id) => versionSectors(s, id)?.features.map((f) => f.geometry) ?? []));
  if (bounds) return bounds;
  const [x, y] = s.data.territory.center;
  return [x - 0.01, y - 0.01, x + 0.01, y + 0.01];
}

export function createCompareSlice({ set, get, data }: SliceContext): CompareSlice {
  return {
    compare: null,
    setCompare(compare) {
      set(compare ? { compare, extension: null } : { compare });
    },
    openCompare() {
      const s = get();
      const ordered = timelineVersions(s);
      const shown = ordered.find((v) => v.id === s.versionId);
      const others = ordered.filter((v) => v.id !== s.versionId);
      const before = [...others].reverse().find((v) => v.date <= (shown?.date ?? '')) ?? others[0];
      get().setCompare({ a: before?.id ?? versionInForce(data).id, b: s.versionId, mode: DEFAULT_COMPARE_MODE });
    },
    compareWithInForce(versionId) {
      get().setCompare({ a: versionInForce(data).id, b: versionId, mode: DEFAULT_COMPARE_MODE });
    },
  };
}
