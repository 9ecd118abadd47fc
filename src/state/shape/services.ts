import type { Result } from '../../data/result';
import type { AddressHit } from './lookup';
import type { FileReading, ImportRequest, ValidateRequest } from '../../geo/validate.worker';
import type { ImportResult } from '../../geo/import-sectors';
import type { SectorProblem } from '../../geo/validate-sectors';

/** Checks of large perimeters off the page's thread (services/geo-worker.ts). A call rejects when
 * the worker fails; the store says so in a notice. */
export interface GeoWorkerPort {
  readFile(text: string): Promise<FileReading>;
  importFile(request: ImportRequest): Promise<ImportResult>;
  validateSectors(request: ValidateRequest): Promise<readonly SectorProblem[]>;
}

/** The network edges the store may call; main.tsx passes the real ones, tests pass recorded ones. */
export interface StoreServices {
  searchAddresses(query: string, citycodes: readonly string[], signal: AbortSignal): Promise<Result<AddressHit[]>>;
  locate(): Promise<Result<[number, number]>>;
  readonly geoWorker: GeoWorkerPort;
}
