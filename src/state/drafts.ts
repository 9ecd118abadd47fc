// Drafts: perimeter versions prepared in the browser (kept in IndexedDB by main.tsx, never on a
// server), their undo history, the drawing mode, and their live validation (memoized per draft).
import { createSelector } from 'reselect';
import type { SectorCollection, VersionMeta } from '../data/schemas';
import { validateSectors, type SectorProblem } from '../geo/validate-sectors';
import { emptyHistory, record, step, type History, type Step } from './history';
import { versionInForce } from '../data/parse-geodata';
import { allVersions, hasVersion, versionSectors } from './versions';
import type { AppState, SliceContext } from './store';

export interface Draft {
  readonly meta: VersionMeta;
  readonly sectors: SectorCollection;
}

/** The words of a draft's metadata, in the UI's language (the store writes no sentence). */
export interface DraftWording {
  readonly label: string;
  /** The draft as the subject of a sentence (« le brouillon « X » »). */
  readonly intitule: string;
  readonly acte: string;
}

export const DRAW_MODES = ['select', 'draw'] as const;
export type DrawMode = (typeof DRAW_MODES)[number];

export interface DraftsSlice {
  readonly drafts: readonly Draft[];
  readonly history: Readonly<Record<string, History<SectorCollection>>>;
  /** What a click on the map does while a draft is shown: edit vertices, or draw a new sector. */
  readonly drawMode: DrawMode;
  /** Copy any version into a new draft and show it. Returns the draft's id. */
  createDraft(fromVersionId: string, wording: DraftWording): string;
  /** A new draft from sectors already validated (an import). */
  addDraft(wording: DraftWording, sectors: SectorCollection): string;
  setDrafts(drafts: readonly Draft[]): void;
  renameDraft(id: string, wording: DraftWording): void;
  deleteDraft(id: string): void;
  /** Replace a draft's sectors, remembering the previous ones for undo. */
  editDraft(id: string, sectors: SectorCollection): void;
  undo(id: string): void;
  redo(id: string): void;
  setDrawMode(mode: DrawMode): void;
}

export const isDraft = (s: AppState, id: string): boolean => s.drafts.some((d) => d.meta.id === id);

/** The draft whose sectors the map edits: the version shown, when it is a draft and no comparison is open. */
export const editedDraftId = (s: AppState): string | null => (s.compare === null && isDraft(s, s.versionId) ? s.versionId : null);

/** Live validation of a draft, before anything is exported; computed again only when its sectors or the contours change. */
export const draftProblems = createSelector(
  [(s: AppState, id: string) => versionSectors(s, id), (s: AppState) => s.data.territory.bbox, (s: AppState) => s.contours],
  (sectors, bbox, contours): readonly SectorProblem[] =>
    sectors
      ? validateSectors(
          sectors.features.map((f) => ({ id: f.properties.id, nom: f.properties.nom, geometry: f.geometry })),
          bbox,
          contours.status === 'ready' ? contours.index : null,
        )
      : [],
);

const freeDraftId = (s: AppState): string => {
  const taken = new Set(allVersions(s).map((v) => v.id));
  let n = 1;
  while (taken.has(`brouillon-${n}`)) n++;
  return `brouillon-${n}`;
};

export function createDraftsSlice({ set, get, data }: SliceContext): DraftsSlice {
  const replaceSectors = (id: string, sectors: SectorCollection) => get().drafts.map((d) => (d.meta.id === id ? { ...d, sectors } : d));
  const move = (id: string, direction: Step) => {
    const draft = get().drafts.find((d) => d.meta.id === id);
    const moved = draft && step(get().history[id] ?? emptyHistory<SectorCollection>(), draft.sectors, direction);
    if (moved) set({ drafts: replaceSectors(id, moved.present), history: { ...get().history, [id]: moved.history } });
  };

  return {
    drafts: [],
    history: {},
    drawMode: 'select',
    createDraft(fromVersionId, wording) {
      const sectors = versionSectors(get(), fromVersionId);
      return sectors ? get().addDraft(wording, structuredClone(sectors)) : get().versionId;
    },
    addDraft(wording, sectors) {
      const id = freeDraftId(get());
      const meta: VersionMeta = {
        id,
        ...wording,
        date: new Date().toISOString().slice(0, 10),
        etat: 'projet',
        file: `perimetres/${id}.geojson`,
        provenance: 'indicatif',
      };
      set({ drafts: [...get().drafts, { meta, sectors }] });
      get().selectVersion(id);
      return id;
    },
    setDrafts(drafts) {
      set({ drafts });
    },
    renameDraft(id, wording) {
      if (!wording.label.trim()) return;
      set({ drafts: get().drafts.map((d) => (d.meta.id === id ? { ...d, meta: { ...d.meta, ...wording, label: wording.label.trim() } } : d)) });
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
    setDrawMode(drawMode) {
      set({ drawMode });
    },
  };
}
