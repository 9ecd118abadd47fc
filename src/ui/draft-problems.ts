// A draft's problems for its panel: computed in the page for ordinary drafts (memoized selector),
// in the validation worker for very detailed ones, so that the page never freezes.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LARGE_DRAFT_VERTICES, draftRules, vertexCount } from '../state/drafts';
import { draftProblems } from '../state/draft-checks';
import { checkedAlready } from './checked-drafts';
import { versionSectors } from '../state/versions';
import { memberContours } from '../state/selectors';
import type { SectorProblem } from '../geo/validate-sectors';
import { useAppState, useStore } from './store-context';

/** The problems, or null while a large draft is being checked. */
export function useDraftProblems(draftId: string): readonly SectorProblem[] | null {
  const store = useStore();
  const sectors = useAppState((s) => versionSectors(s, draftId));
  const contours = useAppState((s) => s.contours);
  const signatories = useAppState((s) => s.drafts.find((d) => d.meta.id === draftId)?.meta.communes);
  const large = useMemo(() => (sectors ? vertexCount(sectors) > LARGE_DRAFT_VERTICES : false), [sectors]);
  const inPage = useAppState((s) => (large ? null : draftProblems(s, draftId)));
  const [checked, setChecked] = useState<{ sectors: unknown; problems: readonly SectorProblem[] } | null>(null);

  useEffect(() => {
    if (!large || !sectors) return;
    const already = checkedAlready(sectors); // once: a later change of contours is checked afresh
    if (already) return setChecked({ sectors, problems: already });
    let current = true;
    const { territory } = store.getState().data;
    void import('../services/geo-worker').then(({ validateInWorker }) =>
      validateInWorker({
        sectors: sectors.features.map((f) => ({ id: f.properties.id, nom: f.properties.nom, geometry: f.geometry })),
        box: territory.bbox,
        communes: memberContours(store.getState()),
        rules: draftRules(territory, signatories),
      }).then((problems) => current && setChecked({ sectors, problems })),
    );
    return () => {
      current = false;
    };
  }, [large, sectors, contours, signatories]);

  return large ? (checked && checked.sectors === sectors ? checked.problems : null) : inPage;
}
