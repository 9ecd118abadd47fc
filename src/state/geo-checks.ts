// Checks of large perimeters in the validation worker (an injected service): reading and importing
// a file, and the problems of a very detailed draft. The page keeps answering meanwhile; when the
// worker fails, the user is told and nothing waits forever.
import { versionInForce } from '../data/geodata';
import type { SectorProblem } from '../geo/validate-sectors';
import type { AppState, SliceContext } from './app-state';
import { draftRules, isLargeDraft } from './drafts';
import { draftProblems } from './draft-checks';
import { memberContours } from './selectors';
import type { GeoChecksSlice, WorkerCheck } from './shape/geo-checks';
import { versionSectors } from './versions';

export type { GeoChecksSlice } from './shape/geo-checks';

const signatoriesOf = (s: AppState, draftId: string) => s.drafts.find((d) => d.meta.id === draftId)?.meta.communes;

const isCurrent = (s: AppState, draftId: string, check: WorkerCheck | undefined): check is WorkerCheck =>
  !!check && check.sectors === versionSectors(s, draftId) && check.contours === s.contours && check.signatories === signatoriesOf(s, draftId);

/** A draft's problems: computed in the page for ordinary drafts (memoized), from the worker for
 * large ones; null while a large draft is being checked. */
export function draftProblemsOf(s: AppState, draftId: string): readonly SectorProblem[] | null {
  const sectors = versionSectors(s, draftId);
  if (!sectors || !isLargeDraft(sectors)) return draftProblems(s, draftId);
  const check = s.workerChecks[draftId];
  return isCurrent(s, draftId, check) ? check.problems : null;
}

export function createGeoChecksSlice({ set, get, data, services }: SliceContext): GeoChecksSlice {
  // The checks on their way, so that one draft is not sent twice for the same sectors.
  const asked = new Map<string, WorkerCheck['sectors']>();
  const failed = (e: unknown) => {
    get().notify({ id: 'geo-worker', key: 'import.workerFailed', params: { reason: (e as Error).message }, tone: 'warning' });
    return null;
  };
  return {
    workerChecks: {},
    readPerimeterFile: (_name, text) => services.geoWorker.readFile(text).catch(failed),
    async importPerimeterFile(_name, text, wording) {
      const s = get();
      const rules = draftRules(s.data.territory, versionInForce(data).communes);
      const contours = s.contours;
      const result = await services.geoWorker
        .importFile({ text, box: data.territory.bbox, communes: memberContours(s), rules: { townCentre: rules.townCentre, signatories: rules.signatories ?? [] } })
        .catch(failed);
      if (!result?.ok) return result;
      const id = get().addDraft(wording(result.label), result.sectors, result.communes ?? undefined);
      // The worker checked the file under the draft's rules: its panel need not check it again
      // (unless the contours have changed since).
      const check: WorkerCheck = { sectors: result.sectors, contours, signatories: signatoriesOf(get(), id), problems: result.ortProblems };
      set({ workerChecks: { ...get().workerChecks, [id]: check } });
      return result;
    },
    checkLargeDraft(draftId) {
      const s = get();
      const sectors = versionSectors(s, draftId);
      if (!sectors || !isLargeDraft(sectors) || isCurrent(s, draftId, s.workerChecks[draftId]) || asked.get(draftId) === sectors) return;
      asked.set(draftId, sectors);
      const { contours } = s;
      const signatories = signatoriesOf(s, draftId);
      void services.geoWorker
        .validateSectors({
          sectors: sectors.features.map((f) => ({ id: f.properties.id, nom: f.properties.nom, geometry: f.geometry })),
          box: data.territory.bbox,
          communes: memberContours(s),
          rules: draftRules(data.territory, signatories),
        })
        .then((problems) => set({ workerChecks: { ...get().workerChecks, [draftId]: { sectors, contours, signatories, problems } } }), failed)
        .finally(() => {
          if (asked.get(draftId) === sectors) asked.delete(draftId);
        });
    },
  };
}
