// The polygon operations (polygon-shares.ts, with polyclip-ts) in their own chunk: the browser
// loads them after the map's first sectors and hands them to the store (main.tsx). Node code
// (the CLIs, the worker, the lazily loaded checks) imports polygon-shares.ts directly.
import type { PolygonOps } from './areas';

export const loadPolygonOps = (): Promise<PolygonOps> => import('./polygon-shares').then((m) => m.polygonOps);
