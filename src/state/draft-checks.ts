// A draft's problems, checked live in the page (validate-sectors: sweep-line ring checks, Turf's
// overlaps): loaded with the draft's panel, not with the first screen.
import { createSelector } from 'reselect';
import { validateSectors, type SectorProblem } from '../geo/validate-sectors';
import { isLargeDraft } from './draft-size';
import { ortRules } from '../geo/ort-rules';
import { versionSectors } from './versions';
import type { AppState } from './app-state';
import { isCurrent } from './worker-checks';

/** Live validation of a draft, before anything is exported: the rules of check:data, the ORT's
 * legal frame included; computed again only when its sectors, its signatories or the contours change. */
export const draftProblems = createSelector(
  [
    (s: AppState, id: string) => versionSectors(s, id),
    (s: AppState, id: string) => s.drafts.find((d) => d.meta.id === id)?.meta.communes,
    (s: AppState) => s.data.territory,
    (s: AppState) => s.contours,
  ],
  (sectors, signatories, territory, contours): readonly SectorProblem[] =>
    sectors
      ? validateSectors(
          sectors.features.map((f) => ({ id: f.properties.id, nom: f.properties.nom, geometry: f.geometry })),
          territory.bbox,
          contours.status === 'ready' ? contours.index : null,
          ortRules(territory, signatories),
        )
      : [],
);

/** A draft's problems: computed in the page for ordinary drafts (memoized), from the worker for
 * large ones; null while a large draft is being checked. */
export function draftProblemsOf(s: AppState, draftId: string): readonly SectorProblem[] | null {
  const sectors = versionSectors(s, draftId);
  if (!sectors || !isLargeDraft(sectors)) return draftProblems(s, draftId);
  const check = s.workerChecks[draftId];
  return isCurrent(s, draftId, check) ? check.problems : null;
}
