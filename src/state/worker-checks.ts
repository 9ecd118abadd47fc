// The geo-checks slice's actions (geo-checks.ts), loaded with the first file or large draft:
// reading and importing a file in the validation worker (an injected service), and the problems of
// a very detailed draft. The page keeps answering meanwhile; when the worker fails, the user is
// told and nothing waits forever.
import { versionInForce } from '../data/geodata';
import type { AppState, SliceContext } from './app-state';
import { isLargeDraft } from './draft-size';
import { ortRules } from '../geo/ort-rules';
import { memberContours } from './selectors';
import type { GeoChecksSlice, WorkerCheck } from './shape/geo-checks';
import { versionSectors } from './versions';

const signatoriesOf = (s: AppState, draftId: string) => s.drafts.find((d) => d.meta.id === draftId)?.meta.communes;

/** Whether a worker's check is of the draft as it is now (its sectors, the contours, its signatories). */
export const isCurrent = (s: AppState, draftId: string, check: WorkerCheck | undefined): check is WorkerCheck =>
  !!check && check.sectors === versionSectors(s, draftId) && check.contours === s.contours && check.signatories === signatoriesOf(s, draftId);

export function createWorkerChecks({ set, get, data, services }: SliceContext): Omit<GeoChecksSlice, 'workerChecks' | 'readShapefile' | 'shapefileOf'> {
  // The checks on their way, so that one draft is not sent twice for the same sectors, contours
  // and signatories (a change of any of them is checked afresh).
  const asked = new Map<string, Omit<WorkerCheck, 'problems'>>();
  const failed = (e: unknown) => {
    // The worker's own words (a script error) go to the console; the user reads what happened.
    console.error(e);
    get().notify({ id: 'geo-worker', key: 'import.workerFailed', failure: 'worker', tone: 'warning' });
    return null;
  };
  return {
    readPerimeterFile: (_name, text) => services.geoWorker.readFile(text).catch(failed),
    async importPerimeterFile(_name, text, wording) {
      const s = get();
      const rules = ortRules(s.data.territory, versionInForce(data).communes);
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
      if (!sectors || !isLargeDraft(sectors) || isCurrent(s, draftId, s.workerChecks[draftId])) return;
      const { contours } = s;
      const signatories = signatoriesOf(s, draftId);
      const onItsWay = asked.get(draftId);
      if (onItsWay?.sectors === sectors && onItsWay.contours === contours && onItsWay.signatories === signatories) return;
      const key = { sectors, contours, signatories };
      asked.set(draftId, key);
      void services.geoWorker
        .validateSectors({
          sectors: sectors.features.map((f) => ({ id: f.properties.id, nom: f.properties.nom, geometry: f.geometry })),
          box: data.territory.bbox,
          communes: memberContours(s),
          rules: ortRules(data.territory, signatories),
        })
        .then((problems) => set({ workerChecks: { ...get().workerChecks, [draftId]: { sectors, contours, signatories, problems } } }), failed)
        .finally(() => {
          if (asked.get(draftId) === key) asked.delete(draftId);
        });
    },
  };
}
