// Where the polygon operations (polygon-shares.ts: Turf's intersection, polyclip-ts) are, once
// loaded. The map's first screen only places points, so the browser loads them after its first
// render (main.tsx calls loadPolygonOps, then the store recomputes what needed them); the
// validation worker loads them before answering; Node (CLI, tests) before anything runs.
type PolygonOps = typeof import('./polygon-shares');

let ops: PolygonOps | null = null;

/** The loaded operations, or null while their chunk is on its way. */
export const polygonOps = (): PolygonOps | null => ops;

export async function loadPolygonOps(): Promise<void> {
  ops ??= await import('./polygon-shares');
}

// Neither `window` nor `self`: Node. (Not in a worker: a top-level await there would delay its
// message handler, and the messages sent meanwhile would be lost.)
if (typeof window === 'undefined' && typeof self === 'undefined') await loadPolygonOps();
