// Drafts: perimeter versions prepared in the browser (kept in IndexedDB through the store's saved-work
// services, never on a server), their undo history, the drawing mode, and their live validation (memoized per draft).
import { slug } from '../data/ids';
import type { SectorCollection, VersionMeta } from '../data/schemas';
import { holdsTownCentre } from '../geo/ort-rules';
import { emptyHistory, record, step, type Step } from './history';
import { versionInForce } from '../data/geodata';
import { allVersions, hasVersion, versionSectors } from './versions';
import type { AppState, SliceContext } from './app-state';
import type { Draft, DraftsSlice } from './shape/drafts';
export type { Draft, DraftWording, DraftsSlice } from './shape/drafts';

const isDraft = (s: AppState, id: string): boolean => s.drafts.some((d) => d.meta.id === id);

/** The draft whose sectors the map edits: the version shown, when it is a draft and neither a comparison nor the extension view is open. */
export const editedDraftId = (s: AppState): string | null => (s.compare === null && s.extension === null && isDraft(s, s.versionId) ? s.versionId : null);

/** A random id for a new draft (never shown): two tabs' drafts with the same `brouillon-N` differ by it. */
const newUid = (): string => globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
const sameDraft = (a: Draft, b: Draft) => a.uid === undefined || b.uid === undefined || a.uid === b.uid;

/** What can be wrong with a shared link, each said in its own sentence. */
const SHARE_PROBLEMS = ['not-base64', 'truncated', 'not-json', 'not-a-draft', 'unsupported'] as const;

/** The first `brouillon-N` id not taken. */
const freeDraftId = (taken: ReadonlySet<string>): string => {
  let n = 1;
  while (taken.has(`brouillon-${n}`)) n++;
  return `brouillon-${n}`;
};

export function createDraftsSlice({ set, get, data, services }: SliceContext): DraftsSlice {
  const townCentre = data.territory.villeCentre.centre;
  const replaceSectors = (id: string, sectors: SectorCollection) => get().drafts.map((d) => (d.meta.id === id ? { ...d, sectors, unexported: true } : d));
  const withId = (d: Draft, id: string): Draft => ({ ...d, meta: { ...d.meta, id, file: `perimetres/${id}.geojson` } });
  const move = (id: string, direction: Step) => {
    const draft = get().drafts.find((d) => d.meta.id === id);
    const moved = draft && step(get().history[id] ?? emptyHistory<SectorCollection>(), draft.sectors, direction);
    if (moved) set({ drafts: replaceSectors(id, moved.present), history: { ...get().history, [id]: moved.history } });
  };

  return {
    drafts: [],
    storagePersisted: null,
    history: {},
    drawMode: 'select',
    setAside: [],
    setSetAside(setAside) {
      set({ setAside });
    },
    discardSetAside(key) {
      set({ setAside: get().setAside.filter((r) => r.key !== key) });
      void services.savedWork.discardSetAside(key);
    },
    createDraft(fromVersionId, wording, joining = []) {
      const sectors = versionSectors(get(), fromVersionId);
      const from = allVersions(get()).find((v) => v.id === fromVersionId);
      if (!sectors || !from) return get().versionId;
      return get().addDraft(wording, structuredClone(sectors), [...from.communes, ...joining.filter((c) => !from.communes.includes(c))]);
    },
    addDraft(wording, sectors, communes = versionInForce(data).communes) {
      const id = freeDraftId(new Set(allVersions(get()).map((v) => v.id)));
      const meta: VersionMeta = {
        id,
        ...wording,
        communes: [...communes],
        date: new Date().toISOString().slice(0, 10),
        etat: 'projet',
        file: `perimetres/${id}.geojson`,
        provenance: 'indicatif',
      };
      set({ drafts: [...get().drafts, { meta, sectors, uid: newUid(), unexported: true }] });
      get().selectVersion(id);
      // The first draft: ask the browser to keep them (Safari clears a site's storage after 7 days without a visit).
      if (get().storagePersisted === null) void services.savedWork.persist().then((storagePersisted) => set({ storagePersisted }));
      return id;
    },
    setDrafts(drafts) {
      set({ drafts });
    },
    mergeSavedDrafts(saved) {
      const s = get();
      const taken = new Set([...s.data.versions.map((v) => v.id), ...saved.map((d) => d.meta.id)]);
      let shown = s.versionId;
      const made = s.drafts.map((d) => {
        if (!taken.has(d.meta.id)) {
          taken.add(d.meta.id);
          return d;
        }
        const id = freeDraftId(taken);
        taken.add(id);
        if (shown === d.meta.id) shown = id;
        return { ...d, meta: { ...d.meta, id } };
      });
      set({ drafts: [...saved, ...made], versionId: shown });
    },
    renameDraft(id, wording) {
      if (!wording.label.trim()) return;
      set({ drafts: get().drafts.map((d) => (d.meta.id === id ? { ...d, unexported: true, meta: { ...d.meta, ...wording, label: wording.label.trim() } } : d)) });
    },
    async shareDraft(id) {
      const d = get().drafts.find((x) => x.meta.id === id);
      if (!d) return { ok: false, reason: 'not-a-draft', message: id };
      return services.shareLink.encode({ label: d.meta.label, communes: d.meta.communes, sectors: d.sectors });
    },
    async openSharedDraft(text, wording) {
      const r = await services.shareLink.decode(text);
      if (!r.ok) return get().notify({ id: 'shared-draft', key: `share.damaged.${SHARE_PROBLEMS.find((p) => p === r.reason) ?? 'not-a-draft'}`, tone: 'warning' });
      const id = get().addDraft(wording(r.value.label), structuredClone(r.value.sectors) as SectorCollection, r.value.communes);
      set({ drafts: get().drafts.map((d) => (d.meta.id === id ? { ...d, shared: true, unexported: false } : d)) });
    },
    keepSharedDraft(id) {
      set({ drafts: get().drafts.map((d) => (d.meta.id === id ? { ...d, shared: false, unexported: true } : d)) });
    },
    markExported(id) {
      if (get().drafts.some((d) => d.meta.id === id && d.unexported)) set({ drafts: get().drafts.map((d) => (d.meta.id === id ? { ...d, unexported: false } : d)) });
    },
    syncSavedDrafts(stored, change) {
      const s = get();
      const there = new Map(stored.map((d) => [d.meta.id, d]));
      const taken = new Set([...s.data.versions.map((v) => v.id), ...stored.map((d) => d.meta.id), ...s.drafts.map((d) => d.meta.id)]);
      let shown = s.versionId;
      const history = { ...s.history };
      const next: Draft[] = [];
      const say = (key: 'draft.changedElsewhere' | 'draft.deletedElsewhere' | 'draft.idTaken', d: Draft, params: Record<string, string> = {}) =>
        get().notify({ id: `${key}.${d.meta.id}`, key, params: { label: d.meta.label, ...params }, tone: 'info' });
      for (const d of s.drafts) {
        const saved = there.get(d.meta.id);
        if (!saved) {
          if (change.deleted.includes(d.meta.id)) say('draft.deletedElsewhere', d);
          else next.push(d);
        } else if (sameDraft(saved, d)) {
          there.delete(d.meta.id);
          const replaced = change.saved.includes(d.meta.id) && saved !== d;
          next.push(replaced ? saved : d);
          if (replaced) say('draft.changedElsewhere', saved);
        } else {
          // Another tab made a draft with this id first: this one takes a free id (and is saved under it).
          const id = freeDraftId(taken);
          taken.add(id);
          next.push(withId(d, id));
          if (history[d.meta.id]) {
            history[id] = history[d.meta.id]!;
            delete history[d.meta.id];
          }
          if (shown === d.meta.id) shown = id;
          say('draft.idTaken', d, { id });
        }
      }
      set({ drafts: [...next, ...there.values()], history, versionId: shown });
      if (!hasVersion(get(), shown)) set({ versionId: versionInForce(data).id, selection: { kind: 'none' } });
    },
    deleteDraft(id) {
      const { [id]: _gone, ...history } = get().history;
      const compare = get().compare;
      set({ drafts: get().drafts.filter((d) => d.meta.id !== id), history, compare: compare && (compare.a === id || compare.b === id) ? null : compare });
      if (!hasVersion(get(), get().versionId)) set({ versionId: versionInForce(data).id, selection: { kind: 'none' } });
    },
    editDraft(id, sectors) {
      const draft = get().drafts.find((d) => d.meta.id === id);
      if (!draft) return;
      set({ drafts: replaceSectors(id, sectors), history: { ...get().history, [id]: record(get().history[id] ?? emptyHistory<SectorCollection>(), draft.sectors) } });
    },
    undo: (id) => move(id, 'undo'),
    redo: (id) => move(id, 'redo'),
    removeSector(draftId, sectorId) {
      const sectors = versionSectors(get(), draftId);
      if (!sectors) return false;
      const remaining = sectors.features.filter((f) => f.properties.id !== sectorId);
      const heldBefore = holdsTownCentre(sectors.features, townCentre);
      if (heldBefore && !holdsTownCentre(remaining, townCentre)) {
        const town = data.territory.communes.find((c) => c.insee === data.territory.villeCentre.insee)?.nom ?? data.territory.villeCentre.insee;
        get().notify({ id: `centre-required.${draftId}`, key: 'scenario.centreRequired', params: { sector: sectorId, commune: town }, tone: 'warning' });
        return false;
      }
      get().editDraft(draftId, { ...sectors, features: remaining });
      return true;
    },
    async addStartingSector(draftId, insee, radiusM, naming) {
      // The centre's computation (polylabel) loads with the first starting sector, not the first screen.
      const { communeCentre, startingSector } = await import('../geo/commune-centre');
      const s = get();
      const sectors = versionSectors(s, draftId);
      const contour = s.contours.status === 'ready' ? s.contours.contours.features.find((f) => f.properties.code === insee) : undefined;
      const commune = data.territory.communes.find((c) => c.insee === insee);
      if (!sectors || !contour || !commune) return null;
      const taken = new Set(sectors.features.map((f) => f.properties.id));
      const base = `${slug(commune.nom)}-a-delimiter`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      const feature = {
        type: 'Feature' as const,
        properties: { id, ...naming, provenance: 'indicatif' as const },
        geometry: startingSector(communeCentre(contour).at, radiusM) as SectorCollection['features'][number]['geometry'],
      };
      get().editDraft(draftId, { ...sectors, features: [...sectors.features, feature] });
      return id;
    },
    setDrawMode(drawMode) {
      set({ drawMode });
    },
  };
}
