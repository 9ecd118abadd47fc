// Elected officials: "what if these communes joined the ORT?". The communes proposed on top of the
// version shown, indicators imported from a CSV, the scenarios chosen for comparison. Their
// figures are memoized selectors in extension-figures.ts (loaded with the extension view).
import type { ImportedIndicators } from '../data/indicators';
import { currentVersion } from './versions';
import { communeAt } from './selectors';
import type { AppState, SliceContext } from './store';

/** How many scenarios can be compared side by side. */
export const MAX_COMPARED_SCENARIOS = 3;
/** A piste of programme.json, as a scenario id (versions keep their own ids). */
export const PISTE_PREFIX = 'piste:';

export interface ExtensionSlice {
  /** INSEE codes proposed to join, on top of the version shown; null when the view is closed. */
  readonly extension: readonly string[] | null;
  readonly indicators: ImportedIndicators | null;
  /** Scenario ids (versions, or `piste:<id>`) whose figures are compared side by side. */
  readonly comparedScenarios: readonly string[];
  openExtension(proposed?: readonly string[]): void;
  closeExtension(): void;
  /** Propose a commune, or withdraw it; the signatories of the version shown cannot be toggled. */
  toggleProposed(insee: string): void;
  setIndicators(indicators: ImportedIndicators | null): void;
  toggleComparedScenario(id: string): void;
}

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
