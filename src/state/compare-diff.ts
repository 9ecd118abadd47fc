// The comparison of two versions (sectors gained and lost, hectares, communes): Turf's polygon
// operations, so this module loads with the comparison view, not with the first screen.
import { createSelector } from 'reselect';
import { diffVersions, type VersionDiff } from '../geo/diff-versions';
import { diffByCommune, type CommuneDiff } from '../geo/diff-communes';
import type { ReportNames } from '../geo/diff-csv';
import { versionById, versionSectors } from './versions';
import type { AppState } from './app-state';

export const compareDiff = createSelector(
  [(s: AppState, a: string) => versionSectors(s, a), (s: AppState, _a: string, b: string) => versionSectors(s, b), (s: AppState) => s.data.actions.features],
  (sa, sb, actions): VersionDiff | null => (sa && sb ? diffVersions(sa, sb, actions) : null),
);

/** The by-commune part of the report: communes joining or leaving, hectares per commune (with contours). */
export const compareByCommune = createSelector(
  [
    (s: AppState, a: string) => versionById(s, a),
    (s: AppState, _a: string, b: string) => versionById(s, b),
    compareDiff,
    (s: AppState, _a: string, b: string) => versionSectors(s, b),
    (s: AppState) => s.contours,
  ],
  (va, vb, diff, sb, contours): CommuneDiff | null =>
    va && vb && diff && sb ? diffByCommune(va.communes, vb.communes, diff, sb, contours.status === 'ready' ? contours.index : null) : null,
);

/** The names the report shows: actions' titles, sectors' names (in either version), communes' names. */
export const reportNamesOf = createSelector(
  [(s: AppState, a: string) => versionSectors(s, a), (s: AppState, _a: string, b: string) => versionSectors(s, b), (s: AppState) => s.data],
  (sa, sb, data): ReportNames => {
    const sectors = [...(sb?.features ?? []), ...(sa?.features ?? [])];
    return {
      action: (id) => data.actions.features.find((f) => f.properties.id === id)?.properties.titre ?? id,
      sector: (id) => sectors.find((f) => f.properties.id === id)?.properties.nom ?? id,
      commune: (insee) => data.territory.communes.find((c) => c.insee === insee)?.nom ?? insee,
    };
  },
);

/** The report as CSV; the CSV writer (papaparse) loads when a report is downloaded. */
export async function compareCsv(s: AppState, a: string, b: string): Promise<string | null> {
  const diff = compareDiff(s, a, b);
  if (!diff) return null;
  const { diffToCsv } = await import('../geo/diff-csv');
  return diffToCsv(diff, a, b, compareByCommune(s, a, b), reportNamesOf(s, a, b));
}
