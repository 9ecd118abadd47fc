// The polygon operations (polygon-shares.ts, with polyclip-ts) in their own chunk: the browser
// loads them only when an action's area meets an outline of the version shown (main.tsx, with
// placementsNeedPolygonOps) and hands them to the store. Node code
// (the CLIs, the worker, the lazily loaded checks) imports polygon-shares.ts directly.
import type { PolygonOps } from './areas';

export const loadPolygonOps = (): Promise<PolygonOps> => import('./polygon-shares').then((m) => m.polygonOps);
