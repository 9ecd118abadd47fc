// Elected officials: "what if these communes joined the ORT?". The communes proposed on top of the
// version shown, indicators imported from a CSV, the scenarios chosen for comparison. Their
// figures are memoized selectors in extension-figures.ts.
import { currentVersion } from './versions';
import { communeAt } from './selectors';
import type { AppState, SliceContext } from './app-state';
import type { ExtensionSlice } from './shape/extension';
import { MAX_COMPARED_SCENARIOS } from './shape/extension';
export type { ExtensionSlice } from './shape/extension';
export { MAX_COMPARED_SCENARIOS, PISTE_PREFIX } from './shape/extension';

export const signatories = (s: AppState): readonly string[] => currentVersion(s).communes;

export function createExtensionSlice({ set, get, data }: SliceContext): ExtensionSlice {
  const known = new Set(data.territory.communes.map((c) => c.insee));
  return {
    extension: null,
    indicators: null,
    comparedScenarios: [],
    openExtension(proposed = []) {
      const own = signatories(get());
      set({ extension: proposed.filter((c) => known.has(c) && !own.includes(c)), compare: null, selection: { kind: 'none' } });
    },
    closeExtension() {
      set({ extension: null });
    },
    toggleProposed(insee) {
      const current = get().extension;
      if (current === null || !known.has(insee) || signatories(get()).includes(insee)) return;
      const next = current.includes(insee) ? current.filter((c) => c !== insee) : [...current, insee];
      // Kept in the territory's order, so that a link names them the same way whatever the clicks.
      set({ extension: data.territory.communes.map((c) => c.insee).filter((c) => next.includes(c)) });
    },
    setIndicators(indicators) {
      set({ indicators });
    },
    toggleComparedScenario(id) {
      const chosen = get().comparedScenarios;
      if (chosen.includes(id)) set({ comparedScenarios: chosen.filter((c) => c !== id) });
      else if (chosen.length < MAX_COMPARED_SCENARIOS) set({ comparedScenarios: [...chosen, id] });
    },
  };
}

/** A click on the map while the extension view is open: propose or withdraw the commune there. */
export function toggleCommuneAt(s: AppState, lngLat: readonly [number, number]): void {
  const commune = communeAt(s, lngLat);
  if (commune) s.toggleProposed(commune.insee);
}
