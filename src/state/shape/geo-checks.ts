// The geo-checks slice's keys and actions, as the rest of the app sees them (implemented in ../geo-checks.ts).
import type { ShapefileReading } from '../../geo/shapefile';
import type { SectorCollection } from '../../data/schemas';
import type { FileReading } from '../../geo/validate.worker';
import type { ImportResult } from '../../geo/import-sectors';
import type { SectorProblem } from '../../geo/validate-sectors';
import type { ContoursState } from './contours';
import type { DraftWording } from './drafts';

/** Problems found off the page's thread for one draft's sectors, against the contours of the time. */
export interface WorkerCheck {
  readonly sectors: SectorCollection;
  readonly contours: ContoursState;
  readonly signatories: readonly string[] | undefined;
  readonly problems: readonly SectorProblem[];
}

export interface GeoChecksSlice {
  /** Large drafts checked in the validation worker (an import, or a very detailed draft), by draft id. */
  readonly workerChecks: Readonly<Record<string, WorkerCheck>>;
  /** Read a perimeter file in the worker: its CRS, or why it cannot be read. Null when the worker
   * failed (a notice says so). */
  readPerimeterFile(name: string, text: string): Promise<FileReading | null>;
  /** A zipped shapefile as the GeoJSON text the import reads (its CRS from the .prj), or why not. */
  readShapefile(bytes: Uint8Array, nameField?: string): Promise<ShapefileReading>;
  /** « Exporter (shapefile Lambert-93) »: a version's or a draft's sectors as a zipped shapefile, and its file name. */
  shapefileOf(versionId: string): Promise<{ readonly name: string; readonly zip: Uint8Array } | null>;
  /** Import a file as a new draft, checked in the worker under that draft's rules. The result (the
   * draft id when imported), or null when the worker failed. */
  importPerimeterFile(name: string, text: string, wording: (label: string | null) => DraftWording): Promise<ImportResult | null>;
  /** Check a large draft in the worker, unless its sectors were checked already. */
  checkLargeDraft(draftId: string): void;
}
