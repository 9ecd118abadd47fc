// A draft's problems, checked live in the page (validate-sectors: sweep-line ring checks, Turf's
// overlaps): loaded with the draft's panel, not with the first screen.
import { createSelector } from 'reselect';
import { validateSectors, type SectorProblem } from '../geo/validate-sectors';
import { draftRules } from './drafts';
import { versionSectors } from './versions';
import type { AppState } from './app-state';

/** Live validation of a draft, before anything is exported: the rules of check:data, the ORT's
 * legal frame included; computed again only when its sectors, its signatories or the contours change. */
export const draftProblems = createSelector(
  [
    (s: AppState, id: string) => versionSectors(s, id),
    (s: AppState, id: string) => s.drafts.find((d) => d.meta.id === id)?.meta.communes,
    (s: AppState) => s.data.territory,
    (s: AppState) => s.contours,
    (s: AppState) => s.polygonOpsReady,
  ],
  (sectors, signatories, territory, contours): readonly SectorProblem[] =>
    sectors
      ? validateSectors(
          sectors.features.map((f) => ({ id: f.properties.id, nom: f.properties.nom, geometry: f.geometry })),
          territory.bbox,
          contours.status === 'ready' ? contours.index : null,
          draftRules(territory, signatories),
        )
      : [],
);
