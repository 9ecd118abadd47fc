// Comparing two versions: which two, how they are shown, and the change report between them
// (memoized per pair of sector collections).
import { versionInForce } from '../data/geodata';
import { timelineVersions } from './versions';
import type { SliceContext } from './app-state';
import type { CompareSlice } from './shape/compare';
import { DEFAULT_COMPARE_MODE } from './shape/compare';
export type { CompareMode, CompareState, CompareSlice } from './shape/compare';
export { COMPARE_MODES, DEFAULT_COMPARE_MODE } from './shape/compare';

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
