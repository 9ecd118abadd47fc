// The figures of the extension view: per commune and in total, before and after, and for each
// scenario compared. Memoized selectors over the extension slice (the map colours communes from them).
import { createSelector } from 'reselect';
import type { ImportedIndicators } from '../data/indicators';
import type { SectorFeature } from '../data/schemas';
import { versionInForce } from '../data/geodata';
import { communeIndicators, totalsOf, type CommuneIndicators, type IndicatorTotals } from '../geo/extension';
import { allVersions, communeIndexOf, currentSectors, placements, versionSectors } from './versions';
import type { CommuneIndex } from '../geo/commune-of';
import { PISTE_PREFIX, signatories } from './extension';
import { programmeInLang } from './selectors';
import type { AppState } from './app-state';

const importedMap = (indicators: ImportedIndicators | null) => (indicators ? new Map(Object.entries(indicators.rows)) : null);

type Sectors = readonly SectorFeature[];
interface RowInputs {
  readonly data: AppState['data'];
  readonly contours: AppState['contours'];
  readonly communeIndex: CommuneIndex | null;
  readonly placed: ReturnType<typeof placements>;
  readonly indicators: ImportedIndicators | null;
}

function rowsFor(
  { data, contours, communeIndex, placed, indicators }: RowInputs,
  signatoryCodes: readonly string[],
  proposed: readonly string[],
  sectors: Sectors,
): CommuneIndicators[] {
  return communeIndicators({
    communes: data.territory.communes,
    contours: contours.status === 'ready' ? contours.contours.features : null,
    communeIndex,
    townCentre: data.territory.villeCentre.centre,
    townInsee: data.territory.villeCentre.insee,
    actions: data.actions.features,
    actionCommune: (id) => placed[id]?.commune?.insee ?? null,
    sectors,
    signatories: signatoryCodes,
    proposed,
    imported: importedMap(indicators),
  });
}

const rowInputs = createSelector(
  [(s: AppState) => s.data, (s: AppState) => s.contours, communeIndexOf, placements, (s: AppState) => s.indicators],
  (data, contours, communeIndex, placed, indicators): RowInputs => ({ data, contours, communeIndex, placed, indicators }),
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

export const extensionTotals = createSelector(
  [extensionRows, (s: AppState) => s.data.territory.epci.populationMunicipale, (s: AppState) => s.indicators],
  (rows, cc, indicators): BeforeAfter => ({
    before: totalsOf(
      rows.filter((r) => r.status === 'ort'),
      cc,
      indicators?.columns,
    ),
    after: totalsOf(
      rows.filter((r) => r.status !== 'other'),
      cc,
      indicators?.columns,
    ),
  }),
);

export interface ScenarioOption {
  readonly id: string;
  readonly label: string;
  readonly communes: readonly string[];
  readonly provenance: 'seed' | 'public' | 'indicatif';
  /** A draft made in this browser: the user's own work, not the project's. */
  readonly ownDraft: boolean;
}

/** What can be compared: the versions (official and drafts) and the pistes of programme.json
 * (the version in force plus the communes they name, with no sector drawn yet). */
export const scenarioOptions = createSelector([allVersions, (s: AppState) => s.data, programmeInLang], (versions, data, programme): readonly ScenarioOption[] => {
  const inForce = versionInForce(data);
  return [
    ...versions.map((v) => ({ id: v.id, label: v.label, communes: v.communes, provenance: v.provenance, ownDraft: !data.versions.some((o) => o.id === v.id) })),
    ...programme.pistesExtension.map((p) => ({
      id: `${PISTE_PREFIX}${p.id}`,
      label: p.label,
      communes: [...inForce.communes, ...p.communes.filter((c) => !inForce.communes.includes(c))],
      provenance: p.provenance,
      ownDraft: false,
    })),
  ];
});

/** The totals of one scenario: its signatory communes, with its own sectors (a piste: those in force). */
export const scenarioTotals = createSelector(
  [
    rowInputs,
    (s: AppState, id: string) => scenarioOptions(s).find((o) => o.id === id),
    (s: AppState, id: string) => versionSectors(s, id.startsWith(PISTE_PREFIX) ? versionInForce(s.data).id : id),
  ],
  (inputs, option, sectors): IndicatorTotals | null => {
    if (!option) return null;
    const rows = rowsFor(inputs, option.communes, [], sectors?.features ?? []);
    return totalsOf(
      rows.filter((r) => r.status === 'ort'),
      inputs.data.territory.epci.populationMunicipale,
      inputs.indicators?.columns,
    );
  },
);
