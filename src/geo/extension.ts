// Figures for elected officials weighing an intercommunal extension of the ORT: per commune and
// in total, before and after. Pure: every figure comes from its inputs (territory.json, the
// official contours, the actions and the sectors); what an input lacks is null, never guessed.
import { area, distance } from '@turf/turf';
import { communeCentre, type CentreSource } from './commune-centre';
import { STATUSES } from '../data/vocabulary';
import type { ActionFeature, Commune, CommuneContour, SectorFeature, Status } from '../data/schemas';
import type { CommuneIndex } from './commune-of';
import { hectares, knownSum } from './measure';

type CommuneStatus = 'ort' | 'proposed' | 'other';
export interface CommuneIndicators {
  readonly insee: string;
  readonly nom: string;
  readonly status: CommuneStatus;
  readonly populationMunicipale: number;
  readonly populationTotale: number;
  /** km², from the official contour; null without contours. */
  readonly areaKm2: number | null;
  /** Straight line from this commune's centre to the main town's centre, km; null without contours,
   * and for the main town itself (no distance to itself). */
  readonly distanceKm: number | null;
  /** The PVD's main town (the ville-centre of territory.json). */
  readonly isTown: boolean;
  readonly centreFrom: CentreSource | null;
  readonly actions: Readonly<Record<Status, number>>;
  readonly actionsCount: number;
  /** The sum of the budgets that are known; null when none is (unknown is not zero). */
  readonly knownBudget: number | null;
  readonly unknownBudgets: number;
  /** Sectors of the version shown lying mostly in this commune, and their area (ha). */
  readonly sectors: number;
  readonly sectorsHa: number;
  /** Imported indicators (CSV), by column name; null where the file has no value. */
  readonly imported: Readonly<Record<string, number | null>>;
}

export interface IndicatorTotals {
  readonly communes: number;
  readonly populationMunicipale: number;
  readonly populationTotale: number;
  /** Share of the EPCI's population municipale living in these communes (0–1). */
  readonly populationShare: number;
  readonly areaKm2: number | null;
  readonly actionsCount: number;
  readonly knownBudget: number | null;
  readonly unknownBudgets: number;
  readonly sectors: number;
  readonly sectorsHa: number;
  readonly imported: Readonly<Record<string, number | null>>;
}

export interface IndicatorInputs {
  readonly communes: readonly Commune[];
  readonly contours: readonly CommuneContour[] | null;
  readonly communeIndex: CommuneIndex | null;
  readonly townCentre: readonly [number, number];
  /** The main town's INSEE code. */
  readonly townInsee: string;
  readonly actions: readonly ActionFeature[];
  /** Each action's commune (INSEE), as placed on the official contours. */
  readonly actionCommune: (id: string) => string | null;
  readonly sectors: readonly SectorFeature[];
  readonly signatories: readonly string[];
  readonly proposed: readonly string[];
  readonly imported: ReadonlyMap<string, Readonly<Record<string, number | null>>> | null;
}

export function communeIndicators(input: IndicatorInputs): CommuneIndicators[] {
  const sectorsByCommune = new Map<string, SectorFeature[]>();
  if (input.communeIndex) {
    for (const s of input.sectors) {
      const insee = input.communeIndex.locate(s.geometry)?.id;
      if (insee) sectorsByCommune.set(insee, [...(sectorsByCommune.get(insee) ?? []), s]);
    }
  }
  return input.communes.map((c) => {
    const contour = input.contours?.find((f) => f.properties.code === c.insee) ?? null;
    const centre = contour ? communeCentre(contour) : null;
    const here = input.actions.filter((a) => input.actionCommune(a.properties.id) === c.insee);
    const actions = Object.fromEntries(STATUSES.map((st) => [st, here.filter((a) => a.properties.statut === st).length])) as Record<Status, number>;
    const sectors = sectorsByCommune.get(c.insee) ?? [];
    return {
      insee: c.insee,
      nom: c.nom,
      status: input.signatories.includes(c.insee) ? 'ort' : input.proposed.includes(c.insee) ? 'proposed' : 'other',
      populationMunicipale: c.populationMunicipale,
      populationTotale: c.populationTotale,
      areaKm2: contour ? Math.round(area(contour.geometry) / 10_000) / 100 : null,
      distanceKm:
        centre && c.insee !== input.townInsee
          ? Math.round(distance([centre.at[0], centre.at[1]], [input.townCentre[0], input.townCentre[1]], { units: 'kilometers' }) * 10) / 10
          : null,
      isTown: c.insee === input.townInsee,
      centreFrom: centre?.from ?? null,
      actions,
      actionsCount: here.length,
      knownBudget: knownSum(here.map((a) => a.properties.budget)),
      unknownBudgets: here.filter((a) => a.properties.budget === null).length,
      sectors: sectors.length,
      sectorsHa: hectares(sectors.reduce((sum, s) => sum + area(s.geometry), 0)),
      imported: input.imported?.get(c.insee) ?? {},
    };
  });
}

/** Totals over the communes given (the signatories before, or after the extension). */
export function totalsOf(rows: readonly CommuneIndicators[], ccPopulationMunicipale: number, importedColumns: readonly string[] = []): IndicatorTotals {
  const sum = (pick: (r: CommuneIndicators) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const imported: Record<string, number | null> = {};
  for (const column of importedColumns) {
    const values = rows.map((r) => r.imported[column] ?? null);
    // A total is only a fact when every commune has a value.
    imported[column] = values.every((v) => v !== null) ? Math.round(values.reduce((s: number, v) => s + v!, 0) * 1000) / 1000 : null;
  }
  return {
    communes: rows.length,
    populationMunicipale: sum((r) => r.populationMunicipale),
    populationTotale: sum((r) => r.populationTotale),
    populationShare: ccPopulationMunicipale > 0 ? sum((r) => r.populationMunicipale) / ccPopulationMunicipale : 0,
    areaKm2: rows.every((r) => r.areaKm2 !== null) ? Math.round(sum((r) => r.areaKm2!) * 100) / 100 : null,
    actionsCount: sum((r) => r.actionsCount),
    knownBudget: knownSum(rows.map((r) => r.knownBudget)),
    unknownBudgets: sum((r) => r.unknownBudgets),
    sectors: sum((r) => r.sectors),
    sectorsHa: Math.round(sum((r) => r.sectorsHa) * 100) / 100,
    imported,
  };
}
