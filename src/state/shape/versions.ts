// The versions slice's keys and actions, as the rest of the app sees them (implemented in ../versions.ts).
import type { PolygonOps } from '../../geo/areas';

export interface VersionsSlice {
  readonly versionId: string;
  /** Turf's polygon operations, once loaded (after the first paint, src/geo/polygon-ops.ts): until
   * then an action that is an area is placed in no sector nor commune. */
  readonly polygonOps: PolygonOps | null;
  /** Show another version; a sector it does not have cannot stay selected. */
  selectVersion(id: string): void;
  setPolygonOps(ops: PolygonOps): void;
}
