export interface VersionsSlice {
  readonly versionId: string;
  /** Whether Turf's polygon operations have arrived (src/geo/polygon-ops.ts): until then a polygon
   * action is not placed, and placements are computed again when they are there. */
  readonly polygonOpsReady: boolean;
  /** Show another version; a sector it does not have cannot stay selected. */
  selectVersion(id: string): void;
  setPolygonOpsReady(): void;
}
