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

  // Drafts as read from storage: never written back by this tab (only its own changes are saved: a
  // copy read before another tab's later save must not overwrite it).
  const fromStorage = new WeakSet<object>();
  const saved = await storage.loadDrafts(versionInForce(data).communes);
  if (saved.ok) {
    for (const d of saved.value.drafts) fromStorage.add(d);
    get().mergeSavedDrafts(saved.value.drafts);
    get().setSetAside(saved.value.setAside);
    if (saved.value.setAside.length) get().notify({ id: 'drafts-set-aside', key: 'draft.setAsideNotice', params: { count: saved.value.setAside.length }, tone: 'warning' });
  } else warn('drafts', 'draft.loadFailed', saved.reason);
  type Drafts = ReturnType<typeof get>['drafts'];
  // Drafts saved or deleted by another tab, read back: shown here too; a draft of this tab whose id
  // another tab's took (`taken` by a save) gets a free id, and is saved again under it.
  const sync = async (change: { readonly saved: readonly string[]; readonly deleted: readonly string[] }) => {
    const stored = await storage.loadDrafts(versionInForce(data).communes);
    if (!stored.ok) return;
    for (const d of stored.value.drafts) fromStorage.add(d);
    get().syncSavedDrafts(stored.value.drafts, change);
  };
  // Only what this tab deleted is deleted from storage (a draft and its uid): never another tab's.
  // A draft opened from a shared link is stored only once the user keeps it.
  const save = (all: Drafts, allBefore: Drafts) => {
    const [next, prev] = [all.filter((d) => !d.shared), allBefore.filter((d) => !d.shared)];
    void storage
      .saveDrafts(
        next.filter((d) => !fromStorage.has(d)),
        prev.filter((d) => !next.some((n) => n.meta.id === d.meta.id && n.uid === d.uid)),
      )
      .then((r) => {
        if (!r.ok) warn('drafts', 'draft.saveFailed', r.reason);
        else if (r.value.taken.length > 0) void sync({ saved: [], deleted: [] });
      });
  };
  subscribe((next, prev) => {
    if (next.indicators !== prev.indicators) void storage.saveIndicators(next.indicators);
    if (next.drafts !== prev.drafts) save(next.drafts, prev.drafts);
  });
  storage.onDraftsChanged((change) => void sync(change));
  // A draft made before the saved ones arrived is saved with them now.
  if (saved.ok && get().drafts.length > saved.value.drafts.length) save(get().drafts, []);
  const indicators = await storage.loadIndicators();
  if (indicators.ok && get().indicators === null) set({ indicators: indicators.value });
  else if (!indicators.ok) warn('indicators', 'indicators.loadFailed', indicators.reason);
}
