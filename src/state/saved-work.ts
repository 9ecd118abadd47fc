// The work a planner leaves in this browser (drafts, set-aside records, imported indicators): read
// after the first paint through the injected storage, then saved whenever it changes. The code
// that does it (saved-work-load.ts) loads then, not with the first screen.
import type { SliceContext } from './app-state';
import type { SavedWorkSlice } from './shape/saved-work';

export type { SavedWorkSlice } from './shape/saved-work';

export function createSavedWorkSlice(ctx: SliceContext): SavedWorkSlice {
  let loading: Promise<void> | null = null;
  return {
    loadSavedWork: () => {
      loading ??= import('./saved-work-load').then((m) => m.loadSavedWork(ctx));
      return loading;
    },
  };
}
