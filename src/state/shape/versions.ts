// The versions slice's keys and actions, as the rest of the app sees them (implemented in ../versions.ts).
import type { PolygonOps } from '../../geo/areas';

export interface VersionsSlice {
  readonly versionId: string;
  /** Turf's polygon operations, once loaded (only when an action's area meets an outline of the
   * version shown, src/geo/polygon-ops.ts): until then such an area is placed by a point inside it;
   * an area inside one sector or commune is placed exactly without them (geo/sole-area.ts). */
  readonly polygonOps: PolygonOps | null;
  /** Show another version; a sector it does not have cannot stay selected. */
  selectVersion(id: string): void;
  setPolygonOps(ops: PolygonOps): void;
}
