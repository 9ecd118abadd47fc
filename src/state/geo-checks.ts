// Checks of large perimeters in the validation worker: an imported file, a very detailed draft.
// The slice holds their results; its actions' code (worker-checks.ts) loads with the first file
// or large draft, not with the first screen.
import type { SliceContext } from './app-state';
import type { GeoChecksSlice } from './shape/geo-checks';

export type { GeoChecksSlice } from './shape/geo-checks';

type Actions = Omit<GeoChecksSlice, 'workerChecks'>;

export function createGeoChecksSlice(ctx: SliceContext): GeoChecksSlice {
  let actions: Promise<Actions> | null = null;
  const load = (): Promise<Actions> => {
    actions ??= import('./worker-checks').then((m) => m.createWorkerChecks(ctx));
    return actions;
  };
  return {
    workerChecks: {},
    readPerimeterFile: async (name, text) => (await load()).readPerimeterFile(name, text),
    importPerimeterFile: async (name, text, wording) => (await load()).importPerimeterFile(name, text, wording),
    checkLargeDraft: (draftId) => void load().then((a) => a.checkLargeDraft(draftId)),
  };
}
