// The drafts slice's keys and actions, as the rest of the app sees them (implemented in ../drafts.ts).
import type { SectorCollection, VersionMeta } from '../../data/schemas';
import type { SetAside } from '../../data/set-aside';
import type { History } from '../history';

export interface Draft {
  readonly meta: VersionMeta;
  readonly sectors: SectorCollection;
  /** Random, set when the draft is made: tells apart two drafts two tabs gave the same id. */
  readonly uid?: string;
  /** Changed since its last export: only this browser holds this state of it. */
  readonly unexported?: boolean;
  /** Opened from a shared link: shown, not stored until the user keeps it. */
  readonly shared?: boolean;
}

/** The words of a draft's metadata, in the UI's language (the store writes no sentence). */
export interface DraftWording {
  readonly label: string;
  /** The draft as the subject of a sentence (« le brouillon « X » »). */
  readonly intitule: string;
  readonly acte: string;
}

const DRAW_MODES = ['select', 'draw'] as const;
type DrawMode = (typeof DRAW_MODES)[number];

export interface DraftsSlice {
  readonly drafts: readonly Draft[];
  readonly history: Readonly<Record<string, History<SectorCollection>>>;
  /** What a click on the map does while a draft is shown: edit vertices, or draw a new sector. */
  readonly drawMode: DrawMode;
  /** Stored drafts that could not be read, kept aside to be downloaded or discarded. */
  readonly setAside: readonly SetAside[];
  setSetAside(records: readonly SetAside[]): void;
  /** Forget a set-aside record, in the browser's storage too. */
  discardSetAside(key: string): void;
  /** Copy any version into a new draft and show it, with more signatory communes when `joining`
   * names some (an extension scenario). Returns the draft's id. */
  createDraft(fromVersionId: string, wording: DraftWording, joining?: readonly string[]): string;
  /** A new draft from sectors already validated (an import); signatories: those given, else the version in force's. */
  addDraft(wording: DraftWording, sectors: SectorCollection, communes?: readonly string[]): string;
  /** Delete a sector of a draft; refused (false, with a notice) when no sector would hold the main town's centre. */
  removeSector(draftId: string, sectorId: string): boolean;
  /** A starting sector « à délimiter »: a circle around a commune's centre, to redraw later. Its id, or null without contours. */
  addStartingSector(draftId: string, insee: string, radiusM: number, naming: { readonly nom: string; readonly description: string }): Promise<string | null>;
  setDrafts(drafts: readonly Draft[]): void;
  /** The drafts saved in the browser, arriving after the first paint: put before any draft made
   * meanwhile, which gets a free id if its own is taken (and stays shown). */
  mergeSavedDrafts(saved: readonly Draft[]): void;
  /** Drafts another tab of this browser saved or deleted (`change`, ids), read back from storage: new ones
   * shown, changed ones replaced by their last save (and said), deleted ones removed (and said); a draft
   * of this tab whose id another tab's draft took gets a free id. */
  syncSavedDrafts(stored: readonly Draft[], change: { readonly saved: readonly string[]; readonly deleted: readonly string[] }): void;
  /** « Partager ce brouillon (lien) »: the link's fragment value, or why there is none ('too-large' with the length in its message). */
  shareDraft(id: string): Promise<{ readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string; readonly message: string }>;
  /** A link's `#brouillon=`: the draft shown, marked as shared; a damaged link gets a notice naming the problem. */
  openSharedDraft(text: string, wording: (label: string) => DraftWording): Promise<void>;
  /** « Garder ce brouillon »: stored under a free id from now on. */
  keepSharedDraft(id: string): void;
  /** The draft was exported: what this browser holds is also in a file. */
  markExported(id: string): void;
  /** Whether the browser keeps the drafts under storage pressure (asked when the first draft is made). */
  readonly storagePersisted: 'granted' | 'refused' | 'unsupported' | null;
  renameDraft(id: string, wording: DraftWording): void;
  deleteDraft(id: string): void;
  /** Replace a draft's sectors, remembering the previous ones for undo. */
  editDraft(id: string, sectors: SectorCollection): void;
  undo(id: string): void;
  redo(id: string): void;
  setDrawMode(mode: DrawMode): void;
}
