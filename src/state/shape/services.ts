// The side effects the store is given (StoreServices), and the ports they are made of.
import type { Result } from '../../data/result';
import type { AddressHit } from './lookup';
import type { FileReading, ImportRequest, ValidateRequest } from '../../geo/validate.worker';
import type { ImportResult } from '../../geo/import-sectors';
import type { SectorProblem } from '../../geo/validate-sectors';
import type { SetAside } from '../../data/set-aside';
import type { ImportedIndicators } from '../../data/indicators';
import type { CommuneContours, SectorCollection } from '../../data/schemas';
import type { Lang } from '../../i18n';
import type { Draft } from './drafts';
import type { PublishedTable } from '../../data/suivi';

/** Checks of large perimeters off the page's thread (services/geo-worker.ts). A call rejects when
 * the worker fails; the store says so in a notice. */
interface GeoWorkerPort {
  readFile(text: string): Promise<FileReading>;
  importFile(request: ImportRequest): Promise<ImportResult>;
  validateSectors(request: ValidateRequest): Promise<readonly SectorProblem[]>;
}

/** What the browser keeps between visits (IndexedDB, services/draft-storage.ts and indicator-storage.ts). */
interface SavedWorkPort {
  /** The drafts kept, those unreadable set aside; `communes`: the signatories of drafts saved without theirs. */
  loadDrafts(communes: readonly string[]): Promise<Result<{ readonly drafts: readonly Draft[]; readonly setAside: readonly SetAside[] }>>;
  /** Saves the drafts that changed and deletes `deleted` (this tab's deletions, nothing else); `taken`:
   * ids another tab's draft holds in storage, not written. */
  saveDrafts(drafts: readonly Draft[], deleted: readonly Draft[]): Promise<Result<{ readonly taken: readonly string[] }>>;
  /** Another tab of this browser saved or deleted drafts (ids). */
  onDraftsChanged(listener: (change: { readonly saved: readonly string[]; readonly deleted: readonly string[] }) => void): void;
  /** Ask the browser to keep the drafts under storage pressure. */
  persist(): Promise<'granted' | 'refused' | 'unsupported'>;
  discardSetAside(key: string): Promise<Result<true>>;
  loadIndicators(): Promise<Result<ImportedIndicators | null>>;
  saveIndicators(indicators: ImportedIndicators | null): Promise<Result<true>>;
}

/** Every side effect the store may cause (network, storage, worker); main.tsx passes the real ones,
 * tests pass recorded ones. Nothing else in the app reaches them. */
export interface StoreServices {
  searchAddresses(query: string, citycodes: readonly string[], signal: AbortSignal): Promise<Result<AddressHit[]>>;
  locate(): Promise<Result<[number, number]>>;
  /** The official commune contours (from the network, or the copy kept at the last success). */
  loadContours(): Promise<Result<{ readonly contours: CommuneContours; readonly from: 'network' | 'cache' }>>;
  readonly geoWorker: GeoWorkerPort;
  readonly savedWork: SavedWorkPort;
  /** The action table published now (geodata/suivi.csv or territory.json's address), asked once per visit. */
  publishedTable(): Promise<Result<PublishedTable>>;
  /** A draft in a link's fragment and back (services/share-link.ts). */
  readonly shareLink: {
    encode(draft: { readonly label: string; readonly communes: readonly string[]; readonly sectors: SectorCollection }): Promise<Result<string>>;
    decode(text: string): Promise<Result<{ readonly label: string; readonly communes: readonly string[]; readonly sectors: SectorCollection }>>;
  };
  /** Remember the language chosen for the next visit. */
  rememberLang(lang: Lang): void;
}
