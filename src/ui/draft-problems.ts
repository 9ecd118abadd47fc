// A draft's problems for its panel: computed in the page for ordinary drafts, in the validation
// worker for very detailed ones (the store's geo-checks slice), so that the page never freezes.
import { useEffect } from 'preact/hooks';
import type { SectorProblem } from '../geo/validate-sectors';
import { draftProblemsOf } from '../state/draft-checks';
import { versionSectors } from '../state/versions';
import { useAppState, useStore } from './store-context';

/** The problems, or null while a large draft is being checked. */
export function useDraftProblems(draftId: string): readonly SectorProblem[] | null {
  const store = useStore();
  const problems = useAppState((s) => draftProblemsOf(s, draftId));
  // What a check depends on: asked again when any of them changes while none is current.
  const sectors = useAppState((s) => versionSectors(s, draftId));
  const contours = useAppState((s) => s.contours);
  const signatories = useAppState((s) => s.drafts.find((d) => d.meta.id === draftId)?.meta.communes);
  const waiting = problems === null;
  useEffect(() => {
    if (waiting) store.getState().checkLargeDraft(draftId);
  }, [waiting, draftId, sectors, contours, signatories]);
  return problems;
}
