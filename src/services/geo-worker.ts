// The edge to the validation worker (src/geo/validate.worker.ts): one worker, started on first
// use, answering requests by id. Where workers are unavailable, the same code runs in the page.
import type { FileReading, PackedImport, WorkerReply, WorkerRequest } from '../geo/validate.worker';
import { unpackArea } from '../geo/packed-geometry';
import type { SectorFeature } from '../data/schemas';
import type { ImportResult } from '../geo/import-sectors';
import type { SectorProblem } from '../geo/validate-sectors';

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (reply: WorkerReply) => void }>();

function start(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  worker = new Worker(new URL('../geo/validate.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    waiting.get(event.data.id)?.resolve(event.data);
    waiting.delete(event.data.id);
  };
  return worker;
}

async function ask(request: Request): Promise<WorkerReply> {
  const id = nextId++;
  const w = start();
  if (!w) {
    await (await import('../geo/polygon-ops')).loadPolygonOps();
    return (await import('../geo/validate.worker')).handle({ ...request, id } as WorkerRequest).reply;
  }
  return new Promise((resolve) => {
    waiting.set(id, { resolve });
    w.postMessage({ ...request, id });
  });
}

function result<T>(reply: WorkerReply): T {
  if ('error' in reply) throw new Error(reply.error);
  return reply.result as T;
}

export const readInWorker = async (text: string): Promise<FileReading> => result(await ask({ kind: 'read', text }));

export async function importInWorker(request: Omit<Extract<WorkerRequest, { kind: 'import' }>, 'id' | 'kind'>): Promise<ImportResult> {
  const reply = result<PackedImport>(await ask({ kind: 'import', ...request }));
  if (!reply.ok) return reply;
  const { packed, ...rest } = reply;
  const features = packed.map((p) => ({
    type: 'Feature' as const,
    properties: p.properties as SectorFeature['properties'],
    geometry: unpackArea(p.geometry) as SectorFeature['geometry'],
  }));
  return { ...rest, sectors: { type: 'FeatureCollection', features } };
}

export const validateInWorker = async (request: Omit<Extract<WorkerRequest, { kind: 'sectors' }>, 'id' | 'kind'>): Promise<readonly SectorProblem[]> =>
  result(await ask({ kind: 'sectors', ...request }));
