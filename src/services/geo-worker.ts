// The edge to the validation worker (src/geo/validate.worker.ts): one worker, started on first
// use, answering requests by id. When the worker fails (a script error, a message it cannot
// read), every call waiting for it is rejected and the next call starts a new one. Where workers
// are unavailable, the same code runs in the page.
import type { FileReading, ImportRequest, PackedImport, ValidateRequest, WorkerReply, WorkerRequest } from '../geo/validate.worker';
import { unpackArea } from '../geo/packed-geometry';
import type { SectorFeature } from '../data/schemas';
import type { ImportResult } from '../geo/import-sectors';
import type { SectorProblem } from '../geo/validate-sectors';

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

type Pending = { readonly resolve: (reply: WorkerReply) => void; readonly reject: (error: Error) => void };

/** `createWorker`: how to start the worker (a test passes a fake one); null: check in the page.
 * The object matches the store's GeoWorkerPort (src/state/shape/services.ts). */
export function createGeoWorker(
  createWorker: (() => Worker) | null = typeof Worker === 'undefined' ? null : () => new Worker(new URL('../geo/validate.worker.ts', import.meta.url), { type: 'module' }),
) {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, Pending>();

  function failAll(error: Error): void {
    worker?.terminate();
    worker = null;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  }

  function start(make: () => Worker): Worker {
    if (worker) return worker;
    const w = make();
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      waiting.get(event.data.id)?.resolve(event.data);
      waiting.delete(event.data.id);
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      failAll(new Error(event.message || 'le vérificateur de périmètres s’est arrêté'));
    };
    w.onmessageerror = () => failAll(new Error('réponse illisible du vérificateur de périmètres'));
    worker = w;
    return w;
  }

  async function ask(request: Request): Promise<WorkerReply> {
    const id = nextId++;
    if (!createWorker) {
      const { handle } = await import('../geo/validate.worker');
      return handle({ ...request, id } as WorkerRequest).reply;
    }
    const w = start(createWorker);
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage({ ...request, id });
    });
  }

  function result<T>(reply: WorkerReply): T {
    if ('error' in reply) throw new Error(reply.error);
    return reply.result as T;
  }

  return {
    readFile: async (text: string) => result<FileReading>(await ask({ kind: 'read', text })),
    async importFile(request: ImportRequest): Promise<ImportResult> {
      const reply = result<PackedImport>(await ask({ kind: 'import', ...request }));
      if (!reply.ok) return reply;
      const { packed, ...rest } = reply;
      const features = packed.map((p) => ({
        type: 'Feature' as const,
        properties: p.properties as SectorFeature['properties'],
        geometry: unpackArea(p.geometry) as SectorFeature['geometry'],
      }));
      return { ...rest, sectors: { type: 'FeatureCollection', features } };
    },
    validateSectors: async (request: ValidateRequest) => result<readonly SectorProblem[]>(await ask({ kind: 'sectors', ...request })),
  };
}
