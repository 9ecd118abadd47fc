// The extension figures as CSV (one row per commune, then the totals before and after), for a
// spreadsheet. Columns are named in French, like the other files the project writes.
import { toCsv } from '../data/csv';
import { STATUSES } from '../data/vocabulary';
import type { CommuneIndicators, IndicatorTotals } from './extension';

const STATUT_FR = { ort: 'signataire', proposed: 'proposée', other: 'non proposée' } as const;
const cell = (n: number | null) => (n === null ? '' : String(n));

export function indicatorsCsv(rows: readonly CommuneIndicators[], totals: { before: IndicatorTotals; after: IndicatorTotals }, imported: readonly string[]): string {
  const header = [
    'code_insee',
    'commune',
    'statut',
    'population_municipale',
    'population_totale',
    'surface_km2',
    'distance_ville_centre_km',
    'centre',
    'actions',
    ...STATUSES.map((s) => `actions_${s}`),
    'budget_connu_eur',
    'budgets_inconnus',
    'secteurs',
    'secteurs_ha',
    ...imported,
  ];
  const body = rows.map((r) => [
    r.insee,
    r.nom,
    STATUT_FR[r.status],
    r.populationMunicipale,
    r.populationTotale,
    cell(r.areaKm2),
    cell(r.distanceKm),
    r.centreFrom === 'api' ? 'geo.api.gouv.fr' : r.centreFrom === 'interior' ? 'point intérieur du contour' : '',
    r.actionsCount,
    ...STATUSES.map((s) => r.actions[s]),
    r.knownBudget,
    r.unknownBudgets,
    r.sectors,
    r.sectorsHa,
    ...imported.map((c) => cell(r.imported[c] ?? null)),
  ]);
  const total = (label: string, x: IndicatorTotals) => [
    '',
    label,
    `${x.communes} commune(s), ${Math.round(x.populationShare * 1000) / 10} % de la population de l'EPCI`,
    x.populationMunicipale,
    x.populationTotale,
    cell(x.areaKm2),
    '',
    '',
    x.actionsCount,
    ...STATUSES.map(() => ''),
    x.knownBudget,
    x.unknownBudgets,
    x.sectors,
    x.sectorsHa,
    ...imported.map((c) => cell(x.imported[c] ?? null)),
  ];
  return toCsv([header, ...body, total('total avant', totals.before), total('total après', totals.after)]);
}
