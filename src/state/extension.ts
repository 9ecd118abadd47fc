// Elected officials: "what if these communes joined the ORT?". The communes proposed on top of the
// version shown, indicators imported from a CSV, the scenarios chosen for comparison, and the
// figures per commune and in total, before and after (memoized).
import { createSelector } from 'reselect';
import type { ImportedIndicators } from '../data/indicator-csv';
import type { SectorFeature } from '../data/schemas';
import { versionInForce } from '../data/parse-geodata';
import { communeIndicators, totalsOf, type CommuneIndicators, type IndicatorTotals } from '../geo/extension';
import { allVersions, currentSectors, currentVersion, placements, versionSectors } from './versions';
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

const importedMap = (indicators: ImportedIndicators | null) => (indicators ? new Map(Object.entries(indicators.rows)) : null);

type Sectors = readonly SectorFeature[];
interface RowInputs {
  readonly data: AppState['data'];
  readonly contours: AppState['contours'];
  readonly placed: ReturnType<typeof placements>;
  readonly indicators: ImportedIndicators | null;
}

function rowsFor({ data, contours, placed, indicators }: RowInputs, signatoryCodes: readonly string[], proposed: readonly string[], sectors: Sectors): CommuneIndicators[] {
  return communeIndicators({
    communes: data.territory.communes,
    contours: contours.status === 'ready' ? contours.contours.features : null,
    communeIndex: contours.status === 'ready' ? contours.index : null,
    townCentre: data.territory.villeCentre.centre,
    actions: data.actions.features,
    actionCommune: (id) => placed[id]?.commune?.insee ?? null,
    sectors,
    signatories: signatoryCodes,
    proposed,
    imported: importedMap(indicators),
  });
}

const rowInputs = createSelector(
  [(s: AppState) => s.data, (s: AppState) => s.contours, placements, (s: AppState) => s.indicators],
  (data, contours, placed, indicators): RowInputs => ({ data, contours, placed, indicators }),
);

/** Every commune of the EPCI with its figures, for the version shown and the communes proposed. */
export const extensionRows = createSelector(
  [rowInputs, signatories, (s: AppState) => s.extension, currentSectors],
  (inputs, own, proposed, sectors): readonly CommuneIndicators[] => rowsFor(inputs, own, proposed ?? [], sectors),
);

export interface BeforeAfter {
  readonly before: IndicatorTotals;
  readonly after: IndicatorTotals;
}

export const extensionTotals = createSelector([extensionRows, (s: AppState) => s.data.territory.epci.populationMunicipale, (s: AppState) => s.indicators], (rows, cc, indicators): BeforeAfter => ({
  before: totalsOf(rows.filter((r) => r.status === 'ort'), cc, indicators?.columns),
  after: totalsOf(rows.filter((r) => r.status !== 'other'), cc, indicators?.columns),
}));

export interface ScenarioOption {
  readonly id: string;
  readonly label: string;
  readonly communes: readonly string[];
  readonly provenance: 'seed' | 'public' | 'indicatif';
}

/** What can be compared: the versions (official and drafts) and the pistes of programme.json
 * (the version in force plus the communes they name, with no sector drawn yet). */
export const scenarioOptions = createSelector([allVersions, (s: AppState) => s.data], (versions, data): readonly ScenarioOption[] => {
  const inForce = versionInForce(data);
  return [
    ...versions.map((v) => ({ id: v.id, label: v.label, communes: v.communes, provenance: v.provenance })),
    ...data.programme.pistesExtension.map((p) => ({
      id: `${PISTE_PREFIX}${p.id}`,
      label: p.label,
      communes: [...inForce.communes, ...p.communes.filter((c) => !inForce.communes.includes(c))],
      provenance: p.provenance,
    })),
  ];
});

/** The totals of one scenario: its signatory communes, with its own sectors (a piste: those in force). */
export const scenarioTotals = createSelector(
  [rowInputs, (s: AppState, id: string) => scenarioOptions(s).find((o) => o.id === id), (s: AppState, id: string) => versionSectors(s, id.startsWith(PISTE_PREFIX) ? versionInForce(s.data).id : id)],
  (inputs, option, sectors): IndicatorTotals | null => {
    if (!option) return null;
    const rows = rowsFor(inputs, option.communes, [], sectors?.features ?? []);
    return totalsOf(rows.filter((r) => r.status === 'ort'), inputs.data.territory.epci.populationMunicipale, inputs.indicators?.columns);
  },
);
