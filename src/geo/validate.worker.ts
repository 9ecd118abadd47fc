// Checking large perimeters off the main thread: a file to import, or a draft's sectors. The page
// keeps answering while a 77,000-vertex outline is checked.
import { importSectors, readPerimeterFile, type ParsedFile, type ImportResult } from './import-sectors';
import { validateSectors, type OrtRules, type SectorInput, type SectorProblem } from './validate-sectors';
import { indexCommunes, type CommuneIndex } from './commune-of';
import type { BBox } from './outside-bbox';
import type { CommuneContour } from '../data/schemas';
import { packArea, type PackedArea } from './packed-geometry';

/** What the page needs to know of a file before asking the user (its CRS), without the file itself. */
export type FileReading = { readonly ok: true; readonly detection: Extract<ParsedFile, { ok: true }>['detection'] } | Extract<ParsedFile, { ok: false }>;

export type WorkerRequest =
  | { readonly id: number; readonly kind: 'read'; readonly text: string }
  | {
      readonly id: number;
      readonly kind: 'import';
      /** The file's text: parsed here, so that a large file never blocks the page. */
      readonly text: string;
      readonly box: BBox;
      readonly communes: readonly CommuneContour[] | null;
      /** The rules of the draft the file becomes: its signatories are the file's, else these. */
      readonly rules: { readonly townCentre: NonNullable<OrtRules['townCentre']>; readonly signatories: readonly string[] };
    }
  | {
      readonly id: number;
      readonly kind: 'sectors';
      readonly sectors: readonly SectorInput[];
      readonly box: BBox;
      readonly communes: readonly CommuneContour[] | null;
      readonly rules: OrtRules;
    };

export type ImportRequest = Omit<Extract<WorkerRequest, { kind: 'import' }>, 'id' | 'kind'>;
export type ValidateRequest = Omit<Extract<WorkerRequest, { kind: 'sectors' }>, 'id' | 'kind'>;

/** An import's result, its sectors' outlines packed (transferred, not copied, to the page). */
export type PackedImport =
  | Exclude<ImportResult, { ok: true }>
  | (Omit<Extract<ImportResult, { ok: true }>, 'sectors'> & { readonly ok: true; readonly packed: readonly { readonly properties: unknown; readonly geometry: PackedArea }[] });

export type WorkerReply = { readonly id: number; readonly result: FileReading | PackedImport | readonly SectorProblem[] } | { readonly id: number; readonly error: string };

/** Pack an import's sectors for the trip to the page; the buffers to transfer. */
export function packImport(result: ImportResult): { reply: PackedImport; transfer: ArrayBuffer[] } {
  if (!result.ok) return { reply: result, transfer: [] };
  const { sectors, ...rest } = result;
  const packed = sectors.features.map((f) => ({ properties: f.properties, geometry: packArea(f.geometry) }));
  return { reply: { ...rest, packed }, transfer: packed.map((p) => p.geometry.coords.buffer as ArrayBuffer) };
}

// The commune index is built once per set of communes received.
let indexed: { readonly key: string; readonly index: CommuneIndex } | null = null;
function communeIndex(communes: readonly CommuneContour[] | null): CommuneIndex | null {
  if (!communes) return null;
  const key = communes.map((c) => c.properties.code).join(',');
  if (indexed?.key !== key) indexed = { key, index: indexCommunes({ type: 'FeatureCollection', features: [...communes] }) };
  return indexed.index;
}

export function handle(request: WorkerRequest): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  const plain = (reply: WorkerReply) => ({ reply, transfer: [] as ArrayBuffer[] });
  try {
    if (request.kind === 'read') {
      const parsed = readPerimeterFile(request.text);
      return plain({ id: request.id, result: parsed.ok ? { ok: true, detection: parsed.detection } : parsed });
    }
    if (request.kind === 'import') {
      const { townCentre, signatories } = request.rules;
      const parsed = readPerimeterFile(request.text);
      if (!parsed.ok) return plain({ id: request.id, result: parsed });
      const { reply, transfer } = packImport(importSectors(parsed, request.box, communeIndex(request.communes), (own) => ({ townCentre, signatories: own ?? signatories })));
      return { reply: { id: request.id, result: reply }, transfer };
    }
    return plain({ id: request.id, result: validateSectors(request.sectors, request.box, communeIndex(request.communes), request.rules) });
  } catch (e) {
    return plain({ id: request.id, error: (e as Error).message });
  }
}

// In a worker (not when imported by tests in Node).
if (typeof self !== 'undefined' && typeof (self as { importScripts?: unknown }).importScripts === 'function') {
  self.onmessage = (event: MessageEvent<WorkerRequest>) => {
    const { reply, transfer } = handle(event.data);
    (self as unknown as Worker).postMessage(reply, transfer);
  };
}
