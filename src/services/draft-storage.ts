// Drafts live in the browser's IndexedDB (idb-keyval), one record per draft, checked with zod when
// read back (draft-record.ts, loaded only when there are drafts to read). A damaged record is set
// aside alone (the others load), kept once however often the page loads, and can be downloaded or
// discarded; drafts saved the old way (one list) are moved to the new records on first load, never lost.
import { createStore, del, entries, get, keys, promisifyRequest, set, setMany, type UseStore } from 'idb-keyval';
import type { VersionMeta } from '../data/schemas';
import type { DraftSectors } from './draft-record';
import { fail, ok, type Result } from '../data/result';
import type { SetAside } from '../data/set-aside';

/** idb-keyval's own default store (the same database), for the saves' transactions. */
let defaultDb: UseStore | null = null;
const defaultStore = () => (defaultDb ??= createStore('keyval-store', 'keyval'));

/** Drafts saved before this version of the app: one list under one key. */
export const OLD_KEY = 'carte-ort.drafts.v1';
const DRAFT_PREFIX = 'carte-ort.draft.v2.';
const ASIDE_PREFIX = 'carte-ort.set-aside.';

export type SavedDraft = { meta: VersionMeta; sectors: DraftSectors; uid?: string; unexported?: boolean };
export type SavedDrafts = SavedDraft[];

export interface LoadedDrafts {
  readonly drafts: SavedDrafts;
  readonly setAside: readonly SetAside[];
}

// The draft objects last written, by key: an unchanged draft (same object) is not written again,
// which matters for a detailed outline of several megabytes.
const written = new Map<string, unknown>();

/** The validators of saved drafts: fetched when there are drafts to read, or as soon as this tab
 * saves one (another tab may write at the same moment: reading it back must then be quick, or
 * the user's next edit would race with it). */
let records: Promise<typeof import('./draft-record')> | null = null;
const recordChecks = () => (records ??= import('./draft-record'));

/** The page waits for the drafts before its first render: never longer than this. */
const READ_TIMEOUT_MS = 3_000;

/** A short stable fingerprint of a record, so that the same damaged record is set aside once. */
function fingerprint(raw: unknown): string {
  const text = JSON.stringify(raw) ?? String(raw);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

const nameOf = (raw: unknown, fallback: string) => {
  const id = (raw as { meta?: { id?: unknown } } | null)?.meta?.id;
  return typeof id === 'string' && id ? id : fallback;
};

function timeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('le navigateur n’a pas répondu à temps')), READ_TIMEOUT_MS))]);
}

/** @param communes the signatories given to drafts saved without theirs (the version in force's) */
export async function loadDrafts(communes: readonly string[], store?: UseStore): Promise<Result<LoadedDrafts, 'unavailable'>> {
  try {
    return ok(await timeout(readAll(communes, store)));
  } catch (e) {
    return fail('unavailable', `stockage du navigateur indisponible (${(e as Error).message})`);
  }
}

async function readAll(communes: readonly string[], store?: UseStore): Promise<LoadedDrafts> {
  const now = new Date().toISOString();
  const setAside = async (raw: unknown, name: string) => {
    const key = `${ASIDE_PREFIX}${fingerprint(raw)}`;
    if ((await get(key, store)) === undefined) await set(key, { name, at: now, raw }, store);
  };
  // The validators load only when there is a draft to check.
  const stored = await keys(store);
  if (!stored.some((key) => String(key).startsWith(DRAFT_PREFIX) || key === OLD_KEY)) return { drafts: [], setAside: await setAsideRecords(store) };
  const { savedDraftSchema } = await recordChecks();
  // First load after the change of format: each draft of the old list becomes its own record.
  const old = await get(OLD_KEY, store);
  if (old !== undefined) {
    const list = Array.isArray(old) ? old : [old];
    const moved: [string, unknown][] = [];
    for (const [i, raw] of list.entries()) {
      if (savedDraftSchema.safeParse(raw).success) moved.push([`${DRAFT_PREFIX}${nameOf(raw, String(i))}`, raw]);
      else await setAside(raw, nameOf(raw, `n° ${i + 1}`));
    }
    await setMany(moved, store);
    await del(OLD_KEY, store);
  }
  const drafts: SavedDrafts = [];
  for (const [key, value] of await entries(store)) {
    const k = String(key);
    if (k.startsWith(DRAFT_PREFIX)) {
      const parsed = savedDraftSchema.safeParse(value);
      if (parsed.success) {
        const draft = { ...parsed.data, meta: { ...parsed.data.meta, communes: parsed.data.meta.communes ?? [...communes] } };
        // Read as it is stored: no need to write it back (unless it got its communes just now).
        if (parsed.data.meta.communes) written.set(k, draft);
        drafts.push(draft);
      } else {
        // Only this record is set aside (and moved, so it is not copied again at the next load).
        await setAside(value, nameOf(value, k.slice(DRAFT_PREFIX.length)));
        await del(k, store);
      }
    }
  }
  drafts.sort((a, b) => a.meta.id.localeCompare(b.meta.id, 'fr', { numeric: true }));
  return { drafts, setAside: await setAsideRecords(store) };
}

async function setAsideRecords(store?: UseStore): Promise<SetAside[]> {
  const aside: SetAside[] = [];
  for (const [key, value] of await entries(store)) {
    const k = String(key);
    if (k.startsWith(ASIDE_PREFIX)) {
      const v = value as { name?: unknown; at?: unknown; raw?: unknown };
      aside.push({ key: k, name: typeof v?.name === 'string' ? v.name : k, at: typeof v?.at === 'string' ? v.at : '', raw: v?.raw ?? value });
    }
  }
  return aside;
}

/** The drafts written or deleted by a save, told to the other tabs of this browser. */
export interface DraftsChange {
  readonly saved: readonly string[];
  readonly deleted: readonly string[];
}
const CHANNEL = 'carte-ort.drafts';

/** Saves the drafts that changed, and deletes those this tab deleted: never a draft it did not
 * delete (another tab's), never over another tab's draft that took the same id (`taken`: those
 * ids, not written; the store gives the draft a free id and saves it again). Each check-and-write
 * is one IndexedDB transaction, so two tabs saving at once cannot overwrite each other. */
export async function saveDrafts(
  drafts: readonly SavedDraft[],
  deleted: readonly SavedDraft[] = [],
  store: UseStore = defaultStore(),
): Promise<Result<{ readonly taken: readonly string[] }, 'unavailable'>> {
  void recordChecks();
  try {
    const changed = drafts.filter((d) => written.get(`${DRAFT_PREFIX}${d.meta.id}`) !== d);
    // A key this tab already holds for this draft (written or read with the same uid) is written at
    // once, in the transaction's first requests: an edit made just before the page is closed or
    // reloaded must reach IndexedDB. Only a key new to this tab is checked first (another tab's draft?).
    const owned = new Set(changed.filter((d) => d.uid !== undefined && (written.get(`${DRAFT_PREFIX}${d.meta.id}`) as SavedDraft | undefined)?.uid === d.uid));
    // Noted as written before the write, not after: saves follow each other faster than IndexedDB
    // answers (undo then redo), and a save must compare with the one just before it, not with the
    // last one finished (redo's draft was taken for « already written » and lost).
    for (const d of changed) written.set(`${DRAFT_PREFIX}${d.meta.id}`, d);
    const record = (d: SavedDraft) => ({ meta: d.meta, sectors: d.sectors, uid: d.uid, unexported: d.unexported });
    const taken: string[] = [];
    const sameDraft = (stored: unknown, d: SavedDraft) => {
      const uid = (stored as { uid?: unknown } | undefined)?.uid;
      return stored === undefined || uid === undefined || d.uid === undefined || uid === d.uid;
    };
    try {
      await store('readwrite', (s) => {
        // Only the fields of a saved draft (the store's objects may carry others).
        for (const d of owned) s.put(record(d), `${DRAFT_PREFIX}${d.meta.id}`);
        return Promise.all([
          ...changed
            .filter((d) => !owned.has(d))
            .map((d) =>
              promisifyRequest(s.get(`${DRAFT_PREFIX}${d.meta.id}`)).then((stored) => {
                if (!sameDraft(stored, d)) return taken.push(d.meta.id);
                s.put(record(d), `${DRAFT_PREFIX}${d.meta.id}`);
              }),
            ),
          ...deleted.map((d) =>
            promisifyRequest(s.get(`${DRAFT_PREFIX}${d.meta.id}`)).then((stored) => {
              if (stored !== undefined && sameDraft(stored, d)) s.delete(`${DRAFT_PREFIX}${d.meta.id}`);
            }),
          ),
        ]).then(() => promisifyRequest(s.transaction));
      });
    } catch (e) {
      for (const d of changed) written.delete(`${DRAFT_PREFIX}${d.meta.id}`);
      throw e;
    }
    for (const id of taken) written.delete(`${DRAFT_PREFIX}${id}`);
    for (const d of deleted) written.delete(`${DRAFT_PREFIX}${d.meta.id}`);
    const change: DraftsChange = { saved: changed.map((d) => d.meta.id).filter((id) => !taken.includes(id)), deleted: deleted.map((d) => d.meta.id) };
    if (change.saved.length + change.deleted.length > 0) tell(change);
    return ok({ taken });
  } catch (e) {
    return fail('unavailable', `enregistrement impossible (${(e as Error).message})`);
  }
}

// Other tabs of this browser hear of each save (BroadcastChannel; absent in old browsers: then a
// tab sees the others' drafts at its next load).
let channel: BroadcastChannel | null = null;
const openChannel = () => (channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null);
function tell(change: DraftsChange): void {
  openChannel()?.postMessage(change);
}
/** Calls `listener` when another tab of this browser saved or deleted drafts. */
export function onDraftsChanged(listener: (change: DraftsChange) => void): void {
  openChannel()?.addEventListener('message', (e: MessageEvent<DraftsChange>) => listener(e.data));
}

/** Asks the browser to keep this site's storage under pressure (Safari otherwise clears it after 7
 * days without a visit): 'granted', 'refused', or 'unsupported' where the browser cannot say. */
export async function persistStorage(): Promise<'granted' | 'refused' | 'unsupported'> {
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'granted';
    return (await navigator.storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'unsupported';
  }
}

/** Forget a set-aside record (after the user downloaded it, or does not want it). */
export async function discardSetAside(key: string, store?: UseStore): Promise<Result<true, 'unavailable'>> {
  try {
    await del(key, store);
    return ok(true);
  } catch (e) {
    return fail('unavailable', `suppression impossible (${(e as Error).message})`);
  }
}

export { createStore };
