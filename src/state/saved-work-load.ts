// The work a planner leaves in this browser: drafts (and the records that could not be read, set
// aside) and imported indicators, read after the first paint through the injected storage, then
// saved whenever they change. Saving starts only once the saved drafts are in the store: saving
// deletes what the list lacks, and a draft made before they arrived is merged, never lost.
import { versionInForce } from '../data/geodata';
import type { SliceContext } from './app-state';

/** Loaded by the saved-work slice (saved-work.ts) after the first paint. */
export async function loadSavedWork({ get, set, data, services, subscribe }: SliceContext): Promise<void> {
  const storage = services.savedWork;
  const warn = (id: string, key: 'draft.loadFailed' | 'draft.saveFailed' | 'indicators.loadFailed', failure: string) => get().notify({ id, key, failure, tone: 'warning' });

  const saved = await storage.loadDrafts(versionInForce(data).communes);
  if (saved.ok) {
    get().mergeSavedDrafts(saved.value.drafts);
    get().setSetAside(saved.value.setAside);
    if (saved.value.setAside.length) get().notify({ id: 'drafts-set-aside', key: 'draft.setAsideNotice', params: { count: saved.value.setAside.length }, tone: 'warning' });
  } else warn('drafts', 'draft.loadFailed', saved.reason);
  const save = (drafts: ReturnType<typeof get>['drafts']) =>
    void storage.saveDrafts(drafts).then((r) => {
      if (!r.ok) warn('drafts', 'draft.saveFailed', r.reason);
    });
  subscribe((next, prev) => {
    if (next.indicators !== prev.indicators) void storage.saveIndicators(next.indicators);
    if (next.drafts !== prev.drafts) save(next.drafts);
  });
  // A draft made before the saved ones arrived is saved with them now.
  if (saved.ok && get().drafts.length > saved.value.drafts.length) save(get().drafts);
  const indicators = await storage.loadIndicators();
  if (indicators.ok && get().indicators === null) set({ indicators: indicators.value });
  else if (!indicators.ok) warn('indicators', 'indicators.loadFailed', indicators.reason);
}
